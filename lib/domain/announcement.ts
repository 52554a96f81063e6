import { z } from "zod";
import { AUDIENCE_KINDS, RECEIPT_FILTERS } from "./announcement-constants";
import { actorRefSchema, idSchema, timestampSchema } from "./common";

// values without schemas live in announcement-constants.ts (client components import them from there)
export * from "./announcement-constants";

export const audienceSchema = z
  .object({
    kind: z.enum(AUDIENCE_KINDS),
    floors: z.array(z.number().int().min(-5).max(300)).min(1).max(100).optional(),
    unitIds: z.array(idSchema).min(1).max(500).optional(),
  })
  .strict()
  .superRefine((a, ctx) => {
    if (a.kind === "floors" && !a.floors)
      ctx.addIssue({ code: "custom", path: ["floors"], message: "Choose at least one floor" });
    if (a.kind === "units" && !a.unitIds)
      ctx.addIssue({ code: "custom", path: ["unitIds"], message: "Choose at least one unit" });
  });
export type Audience = z.infer<typeof audienceSchema>;

/** `POST /api/v1/announcements` body. */
export const postAnnouncementSchema = z.object({
  title: z.string().trim().min(1, "Give it a title").max(120),
  body: z.string().trim().min(1, "Write the announcement").max(4000),
  audience: audienceSchema,
  /** bypasses preferences (in-app and email for everyone reached) and asks each reader to acknowledge */
  emergency: z.boolean().default(false),
});
export type PostAnnouncementInput = z.infer<typeof postAnnouncementSchema>;

export const announcementSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  title: z.string(),
  body: z.string(),
  audience: audienceSchema,
  emergency: z.boolean(),
  postedBy: actorRefSchema,
  createdAt: timestampSchema,
  /** how many people it reached (accounts and guests), and how many have read / acknowledged it */
  recipients: z.number().int().min(0),
  readCount: z.number().int().min(0),
  ackCount: z.number().int().min(0),
});
export type Announcement = z.infer<typeof announcementSchema>;

/** One recipient's copy: what they were sent, and when they read and acknowledged it. */
export type AnnouncementReceipt = {
  announcementId: string;
  buildingId: string;
  recipientId: string;
  recipientName: string | null;
  title: string;
  body: string;
  emergency: boolean;
  postedByName: string | null;
  createdAt: string;
  readAt: string | null;
  acknowledgedAt: string | null;
};

/**
 * `GET /api/v1/announcements` items. Readers get their copy (`readAt`, `acknowledgedAt`); those who may post get
 * the audience and the counts instead.
 */
export const announcementDtoSchema = z.object({
  id: idSchema,
  title: z.string(),
  body: z.string(),
  emergency: z.boolean(),
  createdAt: timestampSchema,
  postedBy: z.string().nullable(),
  readAt: timestampSchema.nullable().optional(),
  acknowledgedAt: timestampSchema.nullable().optional(),
  audience: audienceSchema.optional(),
  counts: z
    .object({
      recipients: z.number().int(),
      read: z.number().int(),
      acknowledged: z.number().int(),
    })
    .optional(),
});
export type AnnouncementDTO = z.infer<typeof announcementDtoSchema>;

export const toPosterDTO = (a: Announcement): AnnouncementDTO => ({
  id: a.id,
  title: a.title,
  body: a.body,
  emergency: a.emergency,
  createdAt: a.createdAt,
  postedBy: a.postedBy.name ?? null,
  audience: a.audience,
  counts: { recipients: a.recipients, read: a.readCount, acknowledged: a.ackCount },
});
export const toReaderDTO = (r: AnnouncementReceipt): AnnouncementDTO => ({
  id: r.announcementId,
  title: r.title,
  body: r.body,
  emergency: r.emergency,
  createdAt: r.createdAt,
  postedBy: r.postedByName,
  readAt: r.readAt,
  acknowledgedAt: r.acknowledgedAt,
});

export const listAnnouncementsQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export const markAnnouncementsReadSchema = z.object({ ids: z.array(idSchema).min(1).max(200) }).strict();
export const announcementIdParamsSchema = z.object({ id: idSchema });
export const listReceiptsQuerySchema = z.object({
  filter: z
    .enum(RECEIPT_FILTERS)
    .default("all")
    .describe("`read`, `unread`, `acknowledged`, or `all` (default)."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export type ListReceiptsQuery = z.infer<typeof listReceiptsQuerySchema>;
export const receiptDtoSchema = z.object({
  recipientId: z.string(),
  /** a guest of a stay in house, or a person with an account */
  kind: z.enum(["person", "guest"]),
  name: z.string().nullable(),
  readAt: timestampSchema.nullable(),
  acknowledgedAt: timestampSchema.nullable(),
});
export type ReceiptDTO = z.infer<typeof receiptDtoSchema>;
export const toReceiptDTO = (r: AnnouncementReceipt): ReceiptDTO => ({
  recipientId: r.recipientId,
  kind: r.recipientId.startsWith("guest_") ? "guest" : "person",
  name: r.recipientName,
  readAt: r.readAt,
  acknowledgedAt: r.acknowledgedAt,
});
