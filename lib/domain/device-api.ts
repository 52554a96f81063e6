import { z } from "zod";
import { ACCESS_RESULTS } from "./access-log";
import { idSchema, pageQuerySchema, timestampSchema } from "./common";
import { DEVICE_TYPES } from "./device";

/** `unitId=common` asks for the common areas' devices (lobby, garage) rather than one unit's. */
const unitFilterSchema = z.union([z.literal("common"), idSchema]);

/** `GET /api/v1/devices` query (SPEC: filters by type, unit and status). */
export const listDevicesQuerySchema = pageQuerySchema.extend({
  type: z.enum(DEVICE_TYPES).optional(),
  unitId: unitFilterSchema.optional().describe("A unit id, or `common` for common-area devices."),
  status: z.enum(["online", "offline"]).optional(),
});
export type ListDevicesQuery = z.infer<typeof listDevicesQuerySchema>;

/** `GET /api/v1/access-logs` query (SPEC): device, unit, time range, result; cursor paging. */
export const listAccessLogsQuerySchema = pageQuerySchema.extend({
  deviceId: idSchema.optional(),
  unitId: unitFilterSchema.optional().describe("A unit id, or `common` for common-area doors."),
  from: timestampSchema.optional().describe("Inclusive lower bound (ISO time)."),
  to: timestampSchema.optional().describe("Inclusive upper bound (ISO time); default now."),
  result: z.enum(ACCESS_RESULTS).optional(),
  personId: z
    .string()
    .max(80)
    .regex(/^[A-Za-z0-9_-]+$/)
    .optional()
    .describe(
      "Only events of this person (`person.id`: a user, a stay's guest `guest_<reservationId>`, a mission).",
    ),
  format: z.enum(["json", "csv"]).optional().describe("`csv` (or `Accept: text/csv`) answers a CSV file."),
});
export type ListAccessLogsQuery = z.infer<typeof listAccessLogsQuerySchema>;

export const deviceIdParamsSchema = z.object({ id: idSchema });

/** `POST /api/v1/devices/{id}/commands?wait=false` answers 202 at once. */
export const commandQuerySchema = z.object({
  wait: z
    .enum(["true", "false"])
    .optional()
    .transform((v) => v !== "false"),
});

/** The device detail (`GET /api/v1/devices/{id}`) as documented; the service builds it from the domain DTOs. */
export const deviceDtoSchema = z.object({
  id: idSchema,
  type: z.enum(DEVICE_TYPES),
  name: z.string(),
  model: z.string(),
  location: z.string(),
  unitId: idSchema.nullable(),
  online: z.boolean(),
  state: z.record(z.string(), z.unknown()),
  lastSeenAt: z.string().nullable(),
  firmware: z.string().nullable(),
});
export const commandDtoSchema = z
  .object({
    id: idSchema,
    deviceId: idSchema,
    action: z.string(),
    params: z.record(z.string(), z.unknown()),
    status: z.enum(["pending", "acknowledged", "rejected", "failed", "timed_out", "unreachable"]),
    reason: z.string().nullable(),
    issuedAt: z.string(),
    expiresAt: z.string(),
    endedAt: z.string().nullable(),
  })
  .passthrough();
export const accessLogDtoSchema = z
  .object({
    id: idSchema,
    deviceId: idSchema,
    unitId: idSchema.nullable(),
    ts: z.string(),
    method: z.string(),
    result: z.enum(ACCESS_RESULTS),
    eventId: z.string(),
    codeId: z.string().nullable(),
    reservationId: z.string().nullable(),
  })
  .passthrough();
export const doorCodeDtoSchema = z
  .object({
    id: idSchema,
    deviceId: idSchema,
    label: z.string(),
    validFrom: z.string(),
    validUntil: z.string(),
    reservationId: idSchema.nullable(),
    status: z.enum(["pending", "active", "failed", "deleted"]),
  })
  .passthrough();
