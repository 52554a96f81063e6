import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findDeviceByAddress } from "../../db/device-addresses";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";

/**
 * Devices the building's bridges announce (Zigbee2MQTT `bridge/devices`, Shelly `online`) that no device of the
 * registry is at yet, with their model and capabilities, for the manager to adopt. Empty when this instance holds
 * no broker connection.
 */
export async function listDiscoveredDevices(actor: Actor, bridge: MqttBridge | null = mqttBridge()) {
  authorize(actor, "device.manage");
  const announced = bridge?.dialects.discovery.list() ?? [];
  const taken = await Promise.all(announced.map((a) => findDeviceByAddress(a.key)));
  return announced
    .filter((_, i) => !taken[i])
    .map(({ key: _key, ...a }) => a)
    .sort((a, b) => a.name.localeCompare(b.name));
}
export type DiscoveredDevice = Awaited<ReturnType<typeof listDiscoveredDevices>>[number];
