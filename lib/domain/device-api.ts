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
