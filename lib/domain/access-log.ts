import { z } from "zod";
import { ACCESS_METHODS, ACCESS_PERSON_KINDS, ACCESS_RESULTS } from "./access-log-constants";
import { idSchema, timestampSchema } from "./common";

// values without schemas live in access-log-constants.ts (client components import them from there)
export * from "./access-log-constants";

/** Who opened the door, when it can be known: a code's holder, the person behind an app unlock, a mission. */
export const accessPersonSchema = z.object({
  kind: z.enum(ACCESS_PERSON_KINDS),
  name: z.string().max(200),
  id: z.string().max(80).optional(),
});
export type AccessPerson = z.infer<typeof accessPersonSchema>;

/** One door event. High volume, stored once per device event id, expired by TTL after the building's retention. */
export const accessLogSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  deviceId: idSchema,
  unitId: idSchema.nullable(),
  ts: timestampSchema,
  method: z.enum(ACCESS_METHODS),
  result: z.enum(ACCESS_RESULTS),
  userId: idSchema.nullable(),
  reservationId: idSchema.nullable(),
  codeId: idSchema.nullable(),
  /** the device's own event id: the idempotency key (QoS 1 redelivers) */
  eventId: z.string().min(1).max(128),
  /** the lock's user slot that opened it (keypad locks numbering their codes), when it said */
  slot: z.number().int().min(0).max(255).nullable().optional(),
  /** who it was, when known (absent on events stored before this existed) */
  person: accessPersonSchema.nullable().optional(),
  /** DynamoDB TTL, epoch seconds */
  ttl: z.number().int().optional(),
});
export type AccessLog = z.infer<typeof accessLogSchema>;
export type AccessLogDTO = Omit<AccessLog, "ttl">;
export const toAccessLogDTO = ({ ttl: _ttl, ...rest }: AccessLog): AccessLogDTO => rest;

/** Wire payload on `…/events` (device → server), access type. */
export const accessEventMessageSchema = z.object({
  eventId: z.string().min(1).max(128),
  type: z.literal("access"),
  method: z.enum(ACCESS_METHODS),
  result: z.enum(ACCESS_RESULTS),
  codeId: z.string().max(64).optional(),
  /** the lock's user slot, for keypad locks that number their codes (hardware dialects fill it) */
  slot: z.number().int().min(0).max(255).optional(),
  /** app or remote unlocks: the id of the command the lock carried out, so the event names who sent it */
  commandId: z.string().max(64).optional(),
  ts: timestampSchema,
});
export type AccessEventMessage = z.infer<typeof accessEventMessageSchema>;

/** `GET /api/v1/access-logs` filters (SPEC). */
export const accessLogQuerySchema = z.object({
  deviceId: idSchema.optional(),
  unitId: idSchema.optional(),
  from: timestampSchema.optional(),
  to: timestampSchema.optional(),
  result: z.enum(ACCESS_RESULTS).optional(),
});
export type AccessLogQuery = z.infer<typeof accessLogQuerySchema>;

/** A day's counters, for the dashboard chart. */
export type AccessDayCount = { day: string; total: number; granted: number; denied: number };
