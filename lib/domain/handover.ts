import { z } from "zod";
import { idSchema, timestampSchema } from "./common";
import { messageSchema } from "./conversation";

/**
 * A concierge conversation handed to a person (issue 21): the resident or guest asked for one, or the concierge
 * could not answer. One per conversation (its id is the conversation's); handing over again re-opens it.
 */
export const HANDOVER_STATUSES = ["open", "claimed", "closed"] as const;
export type HandoverStatus = (typeof HANDOVER_STATUSES)[number];

export const handoverSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  conversationId: idSchema,
  status: z.enum(HANDOVER_STATUSES),
  /** why: the asker's words through the concierge (shown as quoted data), or "unanswered" */
  reason: z.string().max(500),
  source: z.enum(["asked", "unanswered"]),
  urgent: z.boolean(),
  asker: z.object({
    /** the conversation's owner: a user id or `guest:<reservationId>` */
    id: z.string().min(1).max(80),
    name: z.string().max(200),
    role: z.enum(["resident", "guest", "staff", "manager"]),
    email: z.string().max(320).nullable(),
    /** the language emails to the asker are written in */
    locale: z.string().max(20).nullable().optional(),
    units: z.array(z.string().max(40)).max(20),
    reservationId: idSchema.nullable(),
  }),
  assignee: z.object({ id: idSchema, name: z.string().max(200) }).nullable(),
  openedAt: timestampSchema,
  firstReplyAt: timestampSchema.nullable(),
  closedAt: timestampSchema.nullable(),
  updatedAt: timestampSchema,
});
export type Handover = z.infer<typeof handoverSchema>;

export const handoverThreadSchema = z.object({
  handover: handoverSchema,
  messages: z.array(messageSchema),
});
export type HandoverThread = z.infer<typeof handoverThreadSchema>;

export const listHandoversQuerySchema = z.object({
  status: z.enum(HANDOVER_STATUSES).default("open"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(2000).optional(),
});
export const handoverIdParamsSchema = z.object({ id: idSchema });
export const claimHandoverInputSchema = z.object({
  assigneeId: idSchema.optional().describe("A staff member or manager of the building; default: the caller."),
});
export const handoverReplyInputSchema = z.object({ text: z.string().trim().min(1).max(4000) });
export type HandoverReplyInput = z.infer<typeof handoverReplyInputSchema>;

/** Response times of a building's hand-overs: the median minutes to the first staff reply. */
export const handoverStatsSchema = z.object({
  open: z.number().int().min(0),
  answered: z.number().int().min(0),
  medianFirstReplyMinutes: z.number().nullable(),
});
export type HandoverStats = z.infer<typeof handoverStatsSchema>;

/** The median of the minutes from opening to the first reply; null without any reply. */
export function medianFirstReplyMinutes(items: Pick<Handover, "openedAt" | "firstReplyAt">[]): number | null {
  const mins = items
    .filter((h) => h.firstReplyAt)
    .map((h) => (Date.parse(h.firstReplyAt as string) - Date.parse(h.openedAt)) / 60_000)
    .sort((a, b) => a - b);
  if (!mins.length) return null;
  const mid = Math.floor(mins.length / 2);
  const m = mins.length % 2 ? mins[mid] : ((mins[mid - 1] ?? 0) + (mins[mid] ?? 0)) / 2;
  return Math.round((m ?? 0) * 10) / 10;
}

export const HANDOVER_STATS_DAYS = 30;
type Times = Pick<Handover, "openedAt"> & { firstReplyAt?: string | null };
/**
 * The building's response time to people who asked for a person: how many wait for a first reply now (open or
 * claimed), and over the hand-overs opened in the last HANDOVER_STATS_DAYS days how many were answered and the
 * median minutes to the first reply.
 */
export function handoverStatsOf(waiting: Times[], closedRecently: Times[], now: Date): HandoverStats {
  const since = now.getTime() - HANDOVER_STATS_DAYS * 86_400_000;
  const recent = [...waiting, ...closedRecently].filter((h) => Date.parse(h.openedAt) >= since);
  return {
    open: waiting.filter((h) => !h.firstReplyAt).length,
    answered: recent.filter((h) => h.firstReplyAt).length,
    medianFirstReplyMinutes: medianFirstReplyMinutes(
      recent.map((h) => ({ openedAt: h.openedAt, firstReplyAt: h.firstReplyAt ?? null })),
    ),
  };
}
