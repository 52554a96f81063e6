import "server-only";
import { z } from "zod";
import {
  accessLogDtoSchema,
  commandDtoSchema,
  commandQuerySchema,
  deviceDtoSchema,
  deviceIdParamsSchema,
  discoveredDeviceDtoSchema,
  doorCodeDtoSchema,
  listAccessLogsQuerySchema,
  listDevicesQuerySchema,
  registerDeviceBodySchema,
  registryDeviceDtoSchema,
  updateDeviceBodySchema,
} from "@/lib/domain/device-api";
import { issueCommandInputSchema } from "@/lib/domain/device-command";
import { deviceTelemetrySchema, telemetryQuerySchema } from "@/lib/domain/telemetry";
import { defineOperations, pageOf } from "../registry";

const tag = "Devices";
const commandResponse = z.object({ command: commandDtoSchema });
const registryResponse = z.object({ device: registryDeviceDtoSchema });

/** Devices, their commands (the MQTT contract's outcome), and access logs. */
export const deviceOperations = defineOperations({
  listDevices: {
    method: "get",
    path: "/api/v1/devices",
    tag,
    summary: "Devices the caller may see, with filters",
    description:
      "Staff, managers and tokens: the building's devices; residents: their units' devices; guests: the door of their stay. Filters: `type`, `unitId` (or `common`), `status` online/offline. Sorted by name.",
    capability: "device.read",
    query: listDevicesQuerySchema,
    responses: { 200: { description: "A page of devices", schema: pageOf(deviceDtoSchema) } },
  },
  getDevice: {
    method: "get",
    path: "/api/v1/devices/{id}",
    tag,
    summary: "One device with recent commands, door events and door codes",
    description: "Door codes never include PINs. A device the caller may not see is not found.",
    capability: "device.read",
    params: deviceIdParamsSchema,
    responses: {
      200: {
        description: "The device",
        schema: z.object({
          device: deviceDtoSchema,
          commands: z.array(commandDtoSchema),
          accessLogs: z.array(accessLogDtoSchema),
          doorCodes: z.array(doorCodeDtoSchema),
        }),
      },
    },
  },
  commandDevice: {
    method: "post",
    path: "/api/v1/devices/{id}/commands",
    tag,
    summary: "Send a command and get its outcome",
    description:
      "Locks: `lock`, `unlock`, `set_code` `{codeId,pin,validFrom,validUntil}`, `delete_code` `{codeId}`; every type: `refresh`. Answers once the command has ended: `acknowledged`, `rejected`, `failed`, `timed_out` (no ack before `expiresAt`, default 5 s) or `unreachable` (device offline or broker down: refused at once, nothing queued). `?wait=false` answers 202 with the pending command. Staff and managers: any device; residents: their units' locks; guests: `unlock` of their door during the stay. Every command is audited. A retired device refuses commands (409).",
    capability: "device.command",
    params: deviceIdParamsSchema,
    query: commandQuerySchema,
    body: issueCommandInputSchema,
    responses: {
      200: { description: "The ended command", schema: commandResponse },
      202: { description: "Sent; the command is pending", schema: commandResponse },
    },
    errors: [409],
  },
  getDeviceTelemetry: {
    method: "get",
    path: "/api/v1/devices/{id}/telemetry",
    tag,
    summary: "A device's sensor history, downsampled",
    description:
      "Readings of the last `24h` (15-minute buckets), `7d` (hourly) or `30d` (6-hour buckets) as min/avg/max per bucket, one series per metric (`temperature`, `humidity`, `battery`…); buckets without readings are left out. Readings come from `type: \"telemetry\"` events (native or a hardware dialect's) and a native device's `battery` state, and are kept for the building's `alarms.telemetryRetentionDays`. Staff, managers and tokens: any device of the building; residents: their units' devices; others: not found.",
    capability: "telemetry.read",
    params: deviceIdParamsSchema,
    query: telemetryQuerySchema,
    responses: { 200: { description: "The series", schema: deviceTelemetrySchema } },
    errors: [404],
  },
  listAccessLogs: {
    method: "get",
    path: "/api/v1/access-logs",
    tag: "Access logs",
    summary: "Door events, newest first; JSON or CSV",
    description:
      "Staff, managers and tokens: the building's; residents: their units' doors only. Filters: `deviceId`, `unitId` (or `common`), `from`/`to` (ISO times; without them the building-wide list covers the last 30 days, at most 400), `result`. `?format=csv` or `Accept: text/csv` answers the same page as CSV, with the next page's cursor in `X-Next-Cursor`. A `deviceId` the caller may not see is not found (404).",
    capability: "accessLog.read",
    query: listAccessLogsQuerySchema,
    responses: {
      200: { description: "A page of access logs (or CSV)", schema: pageOf(accessLogDtoSchema) },
    },
    errors: [404],
  },
  registerDevice: {
    method: "post",
    path: "/api/v1/devices",
    tag,
    summary: "Register a device (manager), native or a hardware dialect",
    description:
      "`protocol`: `buildingos` (default; the app's own topics), `zigbee2mqtt` with `address` `{baseTopic,friendlyName,pinSlots?}` (the base topic must be one the app listens under, `MQTT_ZIGBEE2MQTT_BASE_TOPICS`), `shelly` with `{topicPrefix,switchId,pulseSeconds,contactInputId?}`, or `zwave-js-ui` with `{prefix,gatewayName,nodeId,nodeName,endpoint,pinSlots?}` (the prefix must be one the app listens under, `MQTT_ZWAVE_JS_UI_PREFIXES`). A bad address is 422 naming the field (`address.friendlyName`…); an address another device holds is 409 with `details.field` = `address`. The device starts offline until it talks. Audited. See docs/devices.md.",
    capability: "device.manage",
    body: registerDeviceBodySchema,
    responses: { 201: { description: "The registered device", schema: registryResponse } },
    errors: [409],
  },
  getDiscoveredDevices: {
    method: "get",
    path: "/api/v1/devices/discovered",
    tag,
    summary: "Devices the bridges announce that are not registered yet (manager)",
    description:
      "What Zigbee2MQTT's retained `bridge/devices` and Shelly devices saying `online` announce on the broker, minus the addresses the registry already holds, with their model, type and capabilities, sorted by name (all of them: an in-memory list, not paged). Adopt one with `POST /api/v1/devices` and its `protocol` and `address`. Empty when this instance holds no broker connection. See docs/devices.md.",
    capability: "device.manage",
    responses: {
      200: {
        description: "The announced devices",
        schema: z.object({ devices: z.array(discoveredDeviceDtoSchema) }),
      },
    },
  },
  updateDevice: {
    method: "patch",
    path: "/api/v1/devices/{id}",
    tag,
    summary: "Rename, move or re-address a device (manager)",
    description:
      "Any of `name`, `model`, `location`, `unitId`, `protocol`, `address`. A new address is claimed and the old one released together (409 naming `address` if another device holds it). A retired device cannot be changed (409). Audited with before and after.",
    capability: "device.manage",
    params: deviceIdParamsSchema,
    body: updateDeviceBodySchema,
    responses: { 200: { description: "The device", schema: registryResponse } },
    errors: [404, 409],
  },
  retireDevice: {
    method: "delete",
    path: "/api/v1/devices/{id}",
    tag,
    summary: "Retire a device (manager)",
    description:
      "It takes no more commands and leaves the lists; its record and history stay for the audit trail, and its address is freed for its replacement. Retiring twice is 409.",
    capability: "device.manage",
    params: deviceIdParamsSchema,
    responses: { 200: { description: "The retired device", schema: registryResponse } },
    errors: [404, 409],
  },
});
