import "server-only";
import { notFound } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import type { RegistryDevice } from "../devices/device-registry-dto";
import { registerDevice } from "../devices/register-device";
import { listDiscoveredDevices } from "./list-discovered-devices";

/**
 * Adopts an announced device in one step: registered with its protocol, address, model and the type its
 * capabilities suggest, in a common area, named as the bridge names it (the manager edits it afterwards). Goes
 * through the registry's own path (permission, address claimed by a conditional write, audit).
 */
export async function adoptDiscoveredDevice(
  actor: Actor,
  input: { protocol: "zigbee2mqtt" | "shelly"; addressKey: string; unitId?: string | null },
  bridge: MqttBridge | null = mqttBridge(),
): Promise<RegistryDevice> {
  const found = (await listDiscoveredDevices(actor, bridge)).find(
    (d) => d.protocol === input.protocol && addressKeyOf(d) === input.addressKey,
  );
  if (!found) throw notFound("Announced device");
  return registerDevice(actor, {
    name: found.name,
    type: found.type,
    model: found.model,
    location: "",
    unitId: input.unitId ?? null,
    protocol: found.protocol,
    address: found.address,
  });
}

/** The same key the list shows for each device (the page posts it back). */
export function addressKeyOf(d: { protocol: string; address: Record<string, unknown> }): string {
  return d.protocol === "shelly"
    ? String(d.address.topicPrefix)
    : `${String(d.address.baseTopic)}/${String(d.address.friendlyName)}`;
}
