import type { Device } from "@/lib/domain/device";
import type { Unit } from "@/lib/domain/unit";
import { createDevice } from "@/server/db/devices";
import { TransactionRefused } from "@/server/db/write";

/**
 * One device of each hardware dialect per demo building (docs/devices.md), played by the simulator as the real
 * thing: a Zigbee2MQTT keypad lock on the last unit's back door (it gets that unit's stay codes, in numbered
 * slots), a Zigbee2MQTT leak sensor under that unit's sink, and a Shelly Pro 1 on the garage gate with its door
 * contact on input 1 and an exit button on input 2; and a Z-Wave keypad deadbolt on the bike room, behind a Z-Wave JS
 * UI gateway (node 5).
 */
export function demoDialectDevices(slug: string, buildingId: string, units: Unit[], now: Date): Device[] {
  const at = now.toISOString();
  const unit = units[units.length - 1] as Unit;
  const base = {
    buildingId,
    firmware: null,
    createdAt: at,
    updatedAt: at,
    stateAt: null,
    lastSeenAt: null,
    online: false,
    state: {},
    retiredAt: null,
  };
  return [
    {
      ...base,
      id: `dev_${slug}_${unit.number}_z2m_lock`,
      unitId: unit.id,
      type: "lock",
      name: `Unit ${unit.number} back door`,
      model: "Kwikset 916 (Zigbee2MQTT)",
      location: `Unit ${unit.number} back door`,
      protocol: "zigbee2mqtt",
      address: { baseTopic: "zigbee2mqtt", friendlyName: `${slug}_${unit.number}_back_door`, pinSlots: 30 },
    },
    {
      ...base,
      id: `dev_${slug}_${unit.number}_z2m_leak`,
      unitId: unit.id,
      type: "sensor",
      name: `Unit ${unit.number} sink leak sensor`,
      model: "Aqara SJCGQ11LM (Zigbee2MQTT)",
      location: `Unit ${unit.number} kitchen sink`,
      protocol: "zigbee2mqtt",
      address: { baseTopic: "zigbee2mqtt", friendlyName: `${slug}_${unit.number}_sink_leak` },
    },
    {
      ...base,
      id: `dev_${slug}_garage_gate_shelly`,
      unitId: null,
      type: "lock",
      name: "Garage gate (relay)",
      model: "Shelly Pro 1",
      location: "Garage entrance",
      protocol: "shelly",
      address: { topicPrefix: `shellypro1-${slug}gate`, switchId: 0, pulseSeconds: 3, contactInputId: 1 },
    },
    {
      ...base,
      id: `dev_${slug}_bike_room_zwave`,
      unitId: null,
      type: "lock",
      name: "Bike room door (Z-Wave)",
      model: "Yale YRD256 (Z-Wave JS UI)",
      location: "Basement bike room",
      protocol: "zwave-js-ui",
      address: {
        prefix: "zwave",
        gatewayName: slug,
        nodeId: 5,
        nodeName: `${slug}_bike_room_door`,
        endpoint: 0,
        pinSlots: 30,
      },
    },
  ];
}

/** Registers them with their addresses claimed; on a re-run (already there) nothing changes. */
export async function seedDialectDevices(slug: string, buildingId: string, units: Unit[], now: Date) {
  for (const device of demoDialectDevices(slug, buildingId, units, now))
    await createDevice({ device }).catch((e) => {
      if (e instanceof TransactionRefused || (e as { code?: string }).code === "conflict") return;
      throw e;
    });
}
