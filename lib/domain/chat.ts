import type { UIMessage } from "ai";
import { z } from "zod";
import { idSchema } from "./common";
import { type Citation, conciergeInputSchema } from "./conversation";

/** The chat page's request: the conversation (the client makes its id) and the one new message. */
export const chatRequestSchema = z.object({
  conversationId: idSchema,
  text: conciergeInputSchema.shape.message,
  trigger: z.enum(["submit-message", "regenerate-message"]).default("submit-message"),
});
export type ChatRequest = z.infer<typeof chatRequestSchema>;

export type ChatMetadata = { conversationId?: string; offline?: boolean };
export type ChatDataParts = {
  citations: Citation[];
  mission: { missionId: string };
  /** the answer is a staff member's reply in a handed-over conversation, not the concierge's */
  staff: { name: string };
};
/** A chat message as the AI SDK streams it, with citations and the mission as data parts. */
export type ChatUIMessage = UIMessage<ChatMetadata, ChatDataParts>;

/** `POST /api/v1/concierge` response (SPEC). */
export const conciergeResponseSchema = z.object({
  answer: z.string(),
  conversationId: idSchema,
  citations: z.array(z.object({ documentId: idSchema, title: z.string(), excerpt: z.string() })),
  missionId: idSchema.optional(),
});
export type ConciergeResponse = z.infer<typeof conciergeResponseSchema>;
