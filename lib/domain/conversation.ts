import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

export const conversationSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  /** user id, or for guests `guest:<reservationId>` */
  userId: z.string().min(1).max(80),
  title: z.string().trim().max(200),
  /** messaging channel it came from; the chat page is `web` */
  channel: z.enum(["web", "api"]),
  messageCount: z.number().int().min(0),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Conversation = z.infer<typeof conversationSchema>;
export type ConversationDTO = Conversation;

export const MESSAGE_ROLES = ["user", "assistant", "system"] as const;
export type MessageRole = (typeof MESSAGE_ROLES)[number];

/** A document passage an answer was drawn from. */
export const citationSchema = z.object({
  documentId: idSchema,
  title: z.string(),
  excerpt: z.string().max(2000),
});
export type Citation = z.infer<typeof citationSchema>;

/**
 * A message keeps the AI SDK's UI message parts as they are (text, tool calls, …): the chat page renders them
 * back without translation. `type` is the only field every part has.
 */
export const messagePartSchema = z.looseObject({ type: z.string().min(1) });
export type MessagePart = z.infer<typeof messagePartSchema>;

export const messageSchema = z.object({
  id: idSchema,
  conversationId: idSchema,
  buildingId: idSchema,
  role: z.enum(MESSAGE_ROLES),
  parts: z.array(messagePartSchema),
  citations: z.array(citationSchema),
  missionId: idSchema.nullable(),
  createdAt: timestampSchema,
});
export type Message = z.infer<typeof messageSchema>;

/** `POST /api/v1/concierge` (SPEC). */
export const conciergeInputSchema = z.object({
  message: z.string().trim().min(1).max(4000),
  conversationId: idSchema.optional(),
});
export type ConciergeInput = z.infer<typeof conciergeInputSchema>;
