import { z } from "zod";
import { idSchema, pageQuerySchema, timestampSchema } from "./common";

/**
 * An email waiting to be sent. Written in the same request as the change that causes it; a sender (or,
 * locally, the outbox page) reads it later, so a mail server being down never fails the request.
 */
export const outboxEmailSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  to: z.email(),
  subject: z.string().max(300),
  text: z.string().max(50_000),
  /** what caused it, e.g. `invitation`, `checkin_link` */
  kind: z.string().max(40),
  status: z.enum(["pending", "sent", "failed"]),
  createdAt: timestampSchema,
  sentAt: timestampSchema.nullable(),
  error: z.string().max(1000).nullable(),
  /** the Reply-To address (guest messages: the stay's reply address) */
  replyTo: z.email().optional(),
});
export type OutboxEmail = z.infer<typeof outboxEmailSchema>;

/** `GET /api/v1/outbox` (managers): the building's emails, newest first, optionally by status. */
export const listOutboxQuerySchema = pageQuerySchema.extend({
  status: outboxEmailSchema.shape.status.optional().describe("Only emails in this status."),
});
