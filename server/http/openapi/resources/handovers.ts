import "server-only";
import { z } from "zod";
import { messageSchema } from "@/lib/domain/conversation";
import {
  claimHandoverInputSchema,
  handoverIdParamsSchema,
  handoverReplyInputSchema,
  handoverSchema,
  handoverStatsSchema,
  handoverThreadSchema,
  listHandoversQuerySchema,
} from "@/lib/domain/handover";
import { defineOperations, pageOf } from "../registry";

const handoverResponse = z.object({ handover: handoverSchema });
const by = "Staff and managers of the building (people or API tokens); others 403, another building's 404.";

/** The staff inbox of conversations handed to a person (issue 21). */
export const handoverOperations = defineOperations({
  listHandovers: {
    method: "get",
    path: "/api/v1/handovers",
    tag: "Hand-overs",
    summary: "The inbox: hand-overs of one status",
    description: `${by} \`open\` (waiting) and \`claimed\` list the longest waiting first; \`closed\` (handed back) the latest first.`,
    capability: "handover.manage",
    query: listHandoversQuerySchema,
    responses: { 200: { description: "A page of hand-overs", schema: pageOf(handoverSchema) } },
  },
  handoverStats: {
    method: "get",
    path: "/api/v1/handovers/stats",
    tag: "Hand-overs",
    summary: "Response times: waiting now, median minutes to the first staff reply (30 days)",
    description: by,
    capability: "handover.manage",
    responses: { 200: { description: "The figures", schema: handoverStatsSchema } },
  },
  getHandover: {
    method: "get",
    path: "/api/v1/handovers/{id}",
    tag: "Hand-overs",
    summary: "One hand-over with its whole conversation",
    description: `${by} The id is the conversation's.`,
    capability: "handover.manage",
    params: handoverIdParamsSchema,
    responses: { 200: { description: "The hand-over and its messages", schema: handoverThreadSchema } },
  },
  claimHandover: {
    method: "post",
    path: "/api/v1/handovers/{id}/claim",
    tag: "Hand-overs",
    summary: "Take a hand-over, or assign it to a colleague",
    description: `${by} 409 when someone else changed it meanwhile or it was handed back; 422 when the assignee is not staff or a manager of the building.`,
    capability: "handover.manage",
    params: handoverIdParamsSchema,
    body: claimHandoverInputSchema,
    responses: { 200: { description: "The hand-over", schema: handoverResponse } },
    errors: [404, 409],
  },
  replyToHandover: {
    method: "post",
    path: "/api/v1/handovers/{id}/reply",
    tag: "Hand-overs",
    summary: "Reply into the asker's chat",
    description: `${by} The reply is stored in the conversation, sent live to the asker's open chat, and by email when they seem away (no message of theirs for 5 minutes). Takes an untaken hand-over. 409 once handed back.`,
    capability: "handover.manage",
    params: handoverIdParamsSchema,
    body: handoverReplyInputSchema,
    responses: {
      200: {
        description: "The hand-over, the stored message, whether it was emailed",
        schema: z.object({ handover: handoverSchema, message: messageSchema, emailed: z.boolean() }),
      },
    },
    errors: [404, 409],
  },
  handBackHandover: {
    method: "post",
    path: "/api/v1/handovers/{id}/hand-back",
    tag: "Hand-overs",
    summary: "Hand the conversation back to the concierge",
    description: `${by} It leaves the inbox; asking for a person again re-opens it.`,
    capability: "handover.manage",
    params: handoverIdParamsSchema,
    responses: { 200: { description: "The closed hand-over", schema: handoverResponse } },
    errors: [404, 409],
  },
});
