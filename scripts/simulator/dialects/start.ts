import type { Device } from "@/lib/domain/device";
import type { ShellyAddress, Zigbee2mqttAddress, ZwaveJsUiAddress } from "@/lib/domain/device-protocol";
import { listAllDevices } from "@/server/db/devices";
import { getDoorCode } from "@/server/db/door-codes";
import { listPinSlots } from "@/server/db/pin-slots";
import { ShellyDevice } from "./shelly-device";
import { Zigbee2mqttDevice } from "./zigbee2mqtt-device";
import { ZwaveJsUiDevice } from "./zwave-js-ui-device";

type Link = { url: string; username?: string; password?: string; log: (m: string) => void };
type Played = { stop: () => Promise<void> };

/**
 * Plays the registry's hardware-dialect devices of some buildings as the real thing (not over the native
 * contract): Zigbee2MQTT locks and leak sensors, Shelly relays, Z-Wave locks behind Z-Wave JS UI. A keypad lock
 * starts with the PINs its slots hold, so a keypad code issued before a restart still opens it.
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
  if (played.length) link.log(`playing ${played.length} Zigbee2MQTT/Shelly/Z-Wave devices`);
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
  if (d.protocol === "zwave-js-ui") {
    const a = d.address as ZwaveJsUiAddress;
    const sim = await ZwaveJsUiDevice.connect({ ...link, ...a });
    for (const [slot, pin] of await slotPins(d)) sim.slots.set(slot, pin);
    await sim.alive(true);
    await sim.publishValues();
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
  if (d.type === "lock") for (const [slot, pin] of await slotPins(d)) sim.slots.set(slot, pin);
  await sim.availability(true);
  await sim.publish();
  return { stop: () => sim.stop() };
}

/** the PINs a lock's slots hold (what the lock itself would still have after the simulator restarts) */
async function slotPins(d: Device): Promise<[number, string][]> {
  const out: [number, string][] = [];
  for (const s of await listPinSlots({ buildingId: d.buildingId, deviceId: d.id })) {
    const code = await getDoorCode({ buildingId: d.buildingId, deviceId: d.id, codeId: s.codeId }).catch(
      () => null,
    );
    if (code && code.status !== "deleted") out.push([s.slot, code.pin]);
  }
  return out;
}
