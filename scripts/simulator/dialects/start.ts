import type { Device } from "@/lib/domain/device";
import type { ShellyAddress, Zigbee2mqttAddress } from "@/lib/domain/device-protocol";
import { listAllDevices } from "@/server/db/devices";
import { getDoorCode } from "@/server/db/door-codes";
import { listPinSlots } from "@/server/db/pin-slots";
import { ShellyDevice } from "./shelly-device";
import { Zigbee2mqttDevice } from "./zigbee2mqtt-device";

type Link = { url: string; username?: string; password?: string; log: (m: string) => void };
type Played = { stop: () => Promise<void> };

/**
 * Plays the registry's hardware-dialect devices of some buildings as the real thing (not over the native
 * contract): Zigbee2MQTT locks and leak sensors, Shelly relays. A Zigbee2MQTT lock starts with the PINs its slots
 * hold, so a keypad code issued before a restart still opens it.
 */
export async function startDialectDevices(buildingIds: string[], link: Link): Promise<Played[]> {
  const played: Played[] = [];
  for (const buildingId of buildingIds) {
    const devices = (await listAllDevices({ buildingId })).filter(
      (d) => d.protocol && d.protocol !== "buildingos" && !d.retiredAt,
    );
    for (const d of devices) {
      try {
        played.push(await play(d, link));
      } catch (e) {
        link.log(`${d.id} (${d.protocol}) could not start: ${e instanceof Error ? e.message : e}`);
      }
    }
  }
  if (played.length) link.log(`playing ${played.length} Zigbee2MQTT/Shelly devices`);
  return played;
}

async function play(d: Device, link: Link): Promise<Played> {
  if (d.protocol === "shelly") {
    const a = d.address as ShellyAddress;
    const sim = await ShellyDevice.connect({ ...link, topicPrefix: a.topicPrefix });
    await sim.online(true);
    await sim.contact(false);
    return sim;
  }
  const a = d.address as Zigbee2mqttAddress;
  const sim = await Zigbee2mqttDevice.connect({
    ...link,
    baseTopic: a.baseTopic,
    friendlyName: a.friendlyName,
    kind: d.type === "lock" ? "lock" : "leak",
    // as Zigbee2MQTT with `retain: true` for the device: the broker keeps its last state
    retainState: true,
  });
  if (d.type === "lock") {
    for (const s of await listPinSlots({ buildingId: d.buildingId, deviceId: d.id })) {
      const code = await getDoorCode({ buildingId: d.buildingId, deviceId: d.id, codeId: s.codeId }).catch(
        () => null,
      );
      if (code && code.status !== "deleted") sim.slots.set(s.slot, code.pin);
    }
  }
  await sim.availability(true);
  await sim.publish();
  return { stop: () => sim.stop() };
}
