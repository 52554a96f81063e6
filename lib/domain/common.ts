import { z } from "zod";

/**
 * Building blocks shared by the entity schemas. Isomorphic: used by forms, route handlers, services and the db layer.
 * Ids are ULIDs in production; the demo seed uses readable fixed ids (`unit_harbor_101`), so ids are checked
 * for shape (safe characters, bounded length), not for the ULID alphabet.
 */
export const idSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, "Not a valid id");
export type Id = z.infer<typeof idSchema>;

/** A calendar date of a stay (`YYYY-MM-DD`), in the building's time zone; nights are [checkIn, checkOut). */
export const isoDateSchema = z.iso.date("Use a date like 2026-12-03");
export type IsoDate = z.infer<typeof isoDateSchema>;

/** A point in time: ISO 8601 with offset, normally UTC `…Z`. */
export const timestampSchema = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof timestampSchema>;

/** A wall-clock time `HH:MM` (24 h) in the building's time zone. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a time like 15:00");

export const emailSchema = z.email("Enter a valid email address").trim().toLowerCase().max(254);
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9 ()-]{6,20}$/, "Enter a phone number like +1 555 0100");

/** Money as an integer amount of the currency's minor unit (cents), so sums never drift. */
export const moneySchema = z.object({
  amountMinor: z.number().int().min(0),
  currency: z.string().length(3).toUpperCase(),
});
export type Money = z.infer<typeof moneySchema>;

/** Who did something: a user, a guest session, an API token, an agent mission or the system itself. */
export const actorRefSchema = z.object({
  kind: z.enum(["user", "guest", "token", "mission", "system"]),
  id: z.string().min(1),
  name: z.string().optional(),
});
export type ActorRef = z.infer<typeof actorRefSchema>;

/** Free-form JSON object (device state, command params, step input). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());
export type JsonObject = z.infer<typeof jsonObjectSchema>;

/** `?limit=&cursor=` of every list (SPEC: default 50, max 200). */
export const pageQuerySchema = z.object({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(200)
    .default(50)
    .describe("Items per page (default 50, max 200)."),
  cursor: z
    .string()
    .max(2000)
    .optional()
    .describe("The `cursor` of the previous page; omit it for the first page."),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;
export type PageDTO<T> = { items: T[]; cursor: string | null };

export const nowIso = () => new Date().toISOString();
