import { z } from "zod";
import { LOCALES, type Locale } from "../i18n";
import { idSchema, timestampSchema } from "./common";
import { doorCodeWindow } from "./door-window";
import { addDays, instantAt } from "./stay-dates";
import { arrivalTimeOf, departureTimeOf } from "./stay-time-request";

/**
 * The guest message timeline (issue 17 item 5): per building, one templated message per moment the host
 * chooses, in the guest's language; per stay, one scheduled message per enabled moment (idempotent on
 * stay + moment), delivered by a sweeper by email and/or SMS; replies by email are threaded to the stay.
 */
export const MESSAGE_MOMENTS = [
  "booking_confirmed",
  "before_arrival",
  "code_active",
  "departure_morning",
  "after_checkout",
] as const;
export type MessageMoment = (typeof MESSAGE_MOMENTS)[number];
export const MESSAGE_CHANNELS = ["email", "sms"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

/** The words a template may use, each written `{name}`; anything else in braces is refused when saved. */
export const MESSAGE_PLACEHOLDERS = [
  "guestName",
  "unit",
  "building",
  "checkIn",
  "checkOut",
  "checkInTime",
  "checkOutTime",
  "checkinLink",
  "codeFrom",
  "codeUntil",
] as const;
export type MessagePlaceholder = (typeof MESSAGE_PLACEHOLDERS)[number];
const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

const usesKnownPlaceholders = (s: string) =>
  [...s.matchAll(PLACEHOLDER)].every((m) => (MESSAGE_PLACEHOLDERS as readonly string[]).includes(m[1]));
const templateText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine(usesKnownPlaceholders, {
      message: `Only these placeholders: ${MESSAGE_PLACEHOLDERS.map((p) => `{${p}}`).join(" ")}`,
    });

/** One language's words for a moment: the email's subject and body, and the SMS (short). */
export const messageTextSchema = z.object({
  subject: templateText(200).pipe(z.string().min(1)),
  body: templateText(4000).pipe(z.string().min(1)),
  sms: templateText(480).pipe(z.string().min(1)),
});
export type MessageText = z.infer<typeof messageTextSchema>;

const wallTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "A time like 09:30");

/** One moment's setting: on or off, by which channels, when (the fields its moment reads), and its words. */
export const momentTemplateSchema = z.object({
  enabled: z.boolean(),
  channels: z.array(z.enum(MESSAGE_CHANNELS)).min(1).max(2),
  /** before_arrival: this many days before the check-in date */
  daysBefore: z.number().int().min(1).max(30),
  /** before_arrival and departure_morning: at this building time */
  time: wallTime,
  /** after_checkout: this many hours after the check-out time */
  hoursAfter: z.number().int().min(0).max(72),
  texts: z.object(
    Object.fromEntries(LOCALES.map((l) => [l, messageTextSchema])) as Record<
      Locale,
      typeof messageTextSchema
    >,
  ),
});
export type MomentTemplate = z.infer<typeof momentTemplateSchema>;

export const messageTemplatesSchema = z
  .object(
    Object.fromEntries(MESSAGE_MOMENTS.map((m) => [m, momentTemplateSchema])) as Record<
      MessageMoment,
      typeof momentTemplateSchema
    >,
  )
  .strict();
export type MessageTemplates = z.infer<typeof messageTemplatesSchema>;

/** `PUT /api/v1/message-templates`: the whole set (the page saves every moment at once). */
export const messageTemplatesInputSchema = z.object({ templates: messageTemplatesSchema }).strict();
export const messageTemplatesResponseSchema = z.object({
  templates: messageTemplatesSchema,
  /** false while the building uses the shipped defaults (nothing saved yet) */
  customized: z.boolean(),
});

export const OUTGOING_STATUSES = [
  "scheduled",
  "paused",
  "sending",
  "sent",
  "failed",
  "skipped",
  "cancelled",
] as const;
export type OutgoingStatus = (typeof OUTGOING_STATUSES)[number];

export const deliverySchema = z.object({
  channel: z.enum(MESSAGE_CHANNELS),
  status: z.enum(["pending", "sent", "failed"]),
  at: timestampSchema,
  error: z.string().max(300).nullable(),
});
export type Delivery = z.infer<typeof deliverySchema>;

/**
 * One stay's message at one moment: at most one per stay and moment (its key), moved while unsent, claimed by a
 * conditional write before it is delivered. `deliveries` keeps each send's outcome (a resend adds to it).
 */
export const stayMessageSchema = z.object({
  buildingId: idSchema,
  reservationId: idSchema,
  moment: z.enum(MESSAGE_MOMENTS),
  status: z.enum(OUTGOING_STATUSES),
  dueAt: timestampSchema,
  /** the subject as last sent (in the guest's language), for the timeline */
  subject: z.string().max(300).nullable(),
  deliveries: z.array(deliverySchema).max(20),
  /** who asked for the last resend (user id), null when the sweeper sent it */
  resentBy: z.string().max(200).nullable(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type StayMessage = z.infer<typeof stayMessageSchema>;

/** A guest's email reply, threaded to the stay by its reply address; `text` without the quoted message. */
export const stayReplySchema = z.object({
  buildingId: idSchema,
  reservationId: idSchema,
  id: z.string().max(80),
  from: z.string().max(320),
  /** the sender is the guest's address on the booking */
  fromGuest: z.boolean(),
  subject: z.string().max(300),
  text: z.string().max(10_000),
  receivedAt: timestampSchema,
});
export type StayReply = z.infer<typeof stayReplySchema>;

/** One line of a stay's timeline, oldest first: an outgoing message (any status) or a reply. */
export const timelineEntrySchema = z.discriminatedUnion("kind", [
  stayMessageSchema
    .omit({ buildingId: true, reservationId: true, resentBy: true, createdAt: true })
    .extend({ kind: z.literal("outgoing"), at: timestampSchema }),
  stayReplySchema
    .omit({ buildingId: true, reservationId: true })
    .extend({ kind: z.literal("reply"), at: timestampSchema }),
]);
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

/** `GET /api/v1/reservations/{id}/messages`: bounded by design (five moments and the stay's replies, ≤ 200). */
export const stayTimelineSchema = z.object({
  paused: z.boolean(),
  /** where the guest's replies go (staff may give it out); null when replies are not configured */
  replyAddress: z.string().nullable(),
  entries: z.array(timelineEntrySchema),
});
export type StayTimeline = z.infer<typeof stayTimelineSchema>;

export const momentParamsSchema = z.object({ id: idSchema, moment: z.enum(MESSAGE_MOMENTS) });
export const pauseMessagesInputSchema = z.object({ paused: z.boolean() }).strict();

/** A message due longer ago than this when it is (re)scheduled or claimed is skipped, not sent late. */
export const STALE_AFTER_MS = 6 * 3_600_000;

type StayTimes = {
  checkIn: string;
  checkOut: string;
  createdAt: string;
  arrivalTime?: string;
  departureTime?: string;
};
type BuildingTimes = Parameters<typeof doorCodeWindow>[1];

/** When a moment happens for a stay, in the building's zone (DST included): a pure function of the stay. */
export function momentDueAt(
  moment: MessageMoment,
  t: Pick<MomentTemplate, "daysBefore" | "time" | "hoursAfter">,
  stay: StayTimes,
  building: BuildingTimes,
): Date {
  const tz = building.timezone;
  switch (moment) {
    case "booking_confirmed":
      return new Date(stay.createdAt);
    case "before_arrival":
      return instantAt(addDays(stay.checkIn, -t.daysBefore), t.time, tz);
    case "code_active":
      return new Date(doorCodeWindow(stay, building).validFrom);
    case "departure_morning":
      return instantAt(stay.checkOut, t.time, tz);
    case "after_checkout":
      return new Date(
        instantAt(stay.checkOut, departureTimeOf(stay, building.config), tz).getTime() +
          t.hoursAfter * 3_600_000,
      );
  }
}

/**
 * Whether a moment due at `due` is still worth sending at `now`: anything due within STALE_AFTER_MS; past that,
 * only the booking confirmation (for a stay booked in the last day) and the before-arrival message while the
 * guest has not arrived yet (a stay booked two days ahead still gets its check-in link). Returns the instant to
 * send at, or null to skip it.
 */
export function sendableAt(
  moment: MessageMoment,
  due: Date,
  stay: StayTimes,
  building: BuildingTimes,
  now: Date,
): Date | null {
  if (due.getTime() >= now.getTime() - STALE_AFTER_MS) return due;
  if (moment === "booking_confirmed" && Date.parse(stay.createdAt) > now.getTime() - 86_400_000) return now;
  if (
    moment === "before_arrival" &&
    instantAt(stay.checkIn, arrivalTimeOf(stay, building.config), building.timezone).getTime() > now.getTime()
  )
    return now;
  return null;
}

/** The values a template's placeholders take. */
export type MessageValues = Record<MessagePlaceholder, string>;

/** A template with its placeholders filled; an unknown `{x}` (never saved) is left as written. */
export function renderTemplate(text: string, values: Partial<MessageValues>): string {
  return text.replace(PLACEHOLDER, (whole, name: string) =>
    name in values ? (values[name as MessagePlaceholder] ?? "") : whole,
  );
}

export const templateUses = (t: MessageText, p: MessagePlaceholder) =>
  [t.subject, t.body, t.sms].some((s) => s.includes(`{${p}}`));
