import { z } from "zod";
import { ACCESS_RESULTS } from "./access-log";
import { idSchema, pageQuerySchema, timestampSchema } from "./common";
import { createDeviceInputSchema, DEVICE_TYPES, updateDeviceInputSchema } from "./device";
import { DEVICE_PROTOCOLS } from "./device-protocol";

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
  protocol: z.enum(DEVICE_PROTOCOLS).describe("The MQTT dialect it speaks (docs/devices.md)."),
  address: z
    .record(z.string(), z.unknown())
    .describe(
      "Where it talks in that dialect: Zigbee2MQTT `{baseTopic,friendlyName}`, Shelly `{topicPrefix,switchId,pulseSeconds}`, Z-Wave JS UI `{prefix,gatewayName,nodeId,nodeName,endpoint}`; `{}` for `buildingos`.",
    ),
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

const protocolFields = {
  protocol: z.enum(DEVICE_PROTOCOLS).optional().describe("The MQTT dialect it speaks; default `buildingos`."),
  address: z
    .record(z.string(), z.unknown())
    .optional()
    .describe(
      "Where it talks: Zigbee2MQTT `{baseTopic,friendlyName,pinSlots?}`, Shelly `{topicPrefix,switchId,pulseSeconds,contactInputId?}`; omit for `buildingos`.",
    ),
};

/** `POST /api/v1/devices` (manager): the registry fields, and the dialect and address for real hardware. */
export const registerDeviceBodySchema = createDeviceInputSchema.extend(protocolFields);
export type RegisterDeviceBody = z.infer<typeof registerDeviceBodySchema>;

/** `PATCH /api/v1/devices/{id}` (manager): any of the editable fields; a new address moves it there. */
export const updateDeviceBodySchema = updateDeviceInputSchema.extend(protocolFields);
export type UpdateDeviceBody = z.infer<typeof updateDeviceBodySchema>;

/** What the registry answers of a device (`POST`/`PATCH`/`DELETE /api/v1/devices…`). */
export const registryDeviceDtoSchema = z.object({
  id: idSchema,
  type: z.enum(DEVICE_TYPES),
  name: z.string(),
  model: z.string(),
  location: z.string(),
  unitId: idSchema.nullable(),
  online: z.boolean(),
  lastSeenAt: z.string().nullable(),
  firmware: z.string().nullable(),
  retiredAt: z.string().nullable(),
  createdAt: z.string(),
  topicBase: z.string().describe("The native contract's topic base (`buildingos` devices)."),
  protocol: z.enum(DEVICE_PROTOCOLS),
  address: z.record(z.string(), z.unknown()),
});

/** A device a bridge announces that the registry does not hold yet (GET /api/v1/devices/discovered). */
export const discoveredDeviceDtoSchema = z.object({
  protocol: z.enum(DEVICE_PROTOCOLS).describe("The dialect it was announced in: `zigbee2mqtt` or `shelly`."),
  address: z
    .record(z.string(), z.unknown())
    .describe("The address to register it at (POST /api/v1/devices with this protocol and address)."),
  name: z.string(),
  model: z.string(),
  type: z.enum(DEVICE_TYPES),
  capabilities: z
    .array(z.string())
    .describe("What its definition exposes (`lock`, `pin_code`, `water_leak`…)."),
  seenAt: timestampSchema,
});
