import { z } from "zod";
import type { DeviceProtocol } from "./device-protocol-constants";

// values without schemas live in device-protocol-constants.ts (client components import them from there)
export * from "./device-protocol-constants";

/** One MQTT topic level: no wildcards, no separators, no `$` start (reserved topics). */
const topicLevel = z
  .string()
  .trim()
  .min(1)
  .max(120)
  .regex(/^[^#+/$\s][^#+/]*$/, "a single topic level: no '/', '+', '#', and not starting with '$'");

/** Zigbee2MQTT: `{baseTopic}/{friendlyName}` (+ `/set`, `/get`, `/availability`). */
export const zigbee2mqttAddressSchema = z
  .object({
    baseTopic: topicLevel.default("zigbee2mqtt"),
    friendlyName: topicLevel,
    /** the lock's number of PIN users (Z2M `pinCodeCount`: users 0 … n-1), for locks; user 0 is left to the owner */
    pinSlots: z.number().int().min(2).max(250).optional(),
  })
  .strict();

/** Shelly Gen2+: `{topicPrefix}/rpc`, `/online`, `/events/rpc`; which switch, and how long a pulse lasts. */
export const shellyAddressSchema = z
  .object({
    topicPrefix: topicLevel,
    switchId: z.number().int().min(0).max(15).default(0),
    /** `unlock` closes the relay for this long (`toggle_after`), as a door strike or gate needs */
    pulseSeconds: z.number().min(0.5).max(3600).default(3),
    /** the input wired to the door contact, if any (`input:N` in NotifyStatus) */
    contactInputId: z.number().int().min(0).max(15).optional(),
  })
  .strict();

/**
 * Z-Wave JS UI's MQTT gateway ("ValueID topics" with node names, location ignored):
 * `{prefix}/{nodeName}/{commandClass}/{endpoint}/{property}[/{propertyKey}]`, `{prefix}/{nodeName}/status`, and its
 * API under `{prefix}/_CLIENTS/ZWAVE_GATEWAY-{gatewayName}/api/…`.
 */
export const zwaveJsUiAddressSchema = z
  .object({
    prefix: topicLevel.default("zwave"),
    /** the gateway's MQTT `name` (its client id is `ZWAVE_GATEWAY-<name>`) */
    gatewayName: topicLevel,
    /** the node's id in the Z-Wave network (API calls name it) */
    nodeId: z.number().int().min(1).max(4000),
    /** the node's name as its topics carry it (`nodeID_<id>` for a node without a name) */
    nodeName: topicLevel,
    endpoint: z.number().int().min(0).max(127).default(0),
    /** the lock's number of user codes (User Code CC users 1 … n), for locks */
    pinSlots: z.number().int().min(1).max(250).optional(),
  })
  .strict();

export const buildingosAddressSchema = z.object({}).strict();

export const deviceAddressSchemas = {
  buildingos: buildingosAddressSchema,
  zigbee2mqtt: zigbee2mqttAddressSchema,
  shelly: shellyAddressSchema,
  "zwave-js-ui": zwaveJsUiAddressSchema,
} as const;

export type Zigbee2mqttAddress = z.infer<typeof zigbee2mqttAddressSchema>;
export type ShellyAddress = z.infer<typeof shellyAddressSchema>;
export type ZwaveJsUiAddress = z.infer<typeof zwaveJsUiAddressSchema>;
export type DeviceAddress = Zigbee2mqttAddress | ShellyAddress | ZwaveJsUiAddress | Record<string, never>;

/** A device's protocol and address, validated together (the address's shape depends on the protocol). */
export const protocolAddressSchema = z.discriminatedUnion("protocol", [
  z.object({ protocol: z.literal("buildingos"), address: buildingosAddressSchema.default({}) }),
  z.object({ protocol: z.literal("zigbee2mqtt"), address: zigbee2mqttAddressSchema }),
  z.object({ protocol: z.literal("shelly"), address: shellyAddressSchema }),
  z.object({ protocol: z.literal("zwave-js-ui"), address: zwaveJsUiAddressSchema }),
]);
export type ProtocolAddress = z.infer<typeof protocolAddressSchema>;

/** Default PIN slots of a Zigbee keypad lock when the registry does not say (Kwikset 910/916: 30). */
export const DEFAULT_PIN_SLOTS = 30;

/**
 * The one string that identifies where a device talks on the broker: two devices may never share it (the
 * registry's address index is keyed by it), and inbound topics are resolved through it. null for `buildingos`
 * (its topics carry the building and device ids).
 */
export function addressKey(p: { protocol?: DeviceProtocol; address?: unknown }): string | null {
  if (p.protocol === "zigbee2mqtt") {
    const a = p.address as Zigbee2mqttAddress;
    return `zigbee2mqtt:${a.baseTopic}/${a.friendlyName}`;
  }
  if (p.protocol === "shelly") {
    // one registered device per Shelly: its RPC channel and events are per device, not per switch
    return `shelly:${(p.address as ShellyAddress).topicPrefix}`;
  }
  if (p.protocol === "zwave-js-ui") {
    const a = p.address as ZwaveJsUiAddress;
    return `zwave-js-ui:${a.prefix}/${a.nodeName}`;
  }
  return null;
}
