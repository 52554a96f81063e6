import type { Device } from "@/lib/domain/device";
import type { Unit } from "@/lib/domain/unit";
import type { Rng } from "./random";

/** Fixed device ids (`dev_harbor_101_lock`, `dev_harbor_lobby_lock`) for the simulator, docs and e2e tests. */
export const lockId = (slug: string, place: string) => `dev_${slug}_${place}_lock`;
/** The demo's shut-off valve of a unit (`dev_harbor_101_valve`). */
export const valveId = (slug: string, unit: string) => `dev_${slug}_${unit}_valve`;

/**
 * A lock on every unit door, lobby and garage locks, a lobby camera and intercom, water-leak sensors in every
 * other unit, a garage CO sensor and a few thermostats. One unit lock is offline so that state shows too.
 */
export function demoDevices(slug: string, buildingId: string, units: Unit[], r: Rng, now: Date): Device[] {
  const at = now.toISOString();
  const seen = (minutesAgo: number) => new Date(now.getTime() - minutesAgo * 60_000).toISOString();
  const base = {
    buildingId,
    firmware: "2.4.1",
    createdAt: at,
    updatedAt: at,
    stateAt: at,
    lastSeenAt: seen(1),
    online: true,
  };
  const devices: Device[] = [];
  units.forEach((u, i) => {
    const offline = i === units.length - 2;
    devices.push({
      ...base,
      id: lockId(slug, u.number),
      unitId: u.id,
      type: "lock",
      name: `Unit ${u.number} door`,
      model: "Yale Assure 2",
      location: `Unit ${u.number} front door`,
      online: !offline,
      lastSeenAt: offline ? seen(60 * 26) : seen(r.int(0, 5)),
      state: { locked: true, battery: r.int(35, 100), ts: at },
    });
    if (i === 0) {
      // the first unit's water main: its leak closes it (alarms.shutOff in the demo config)
      devices.push({
        ...base,
        id: valveId(slug, u.number),
        unitId: u.id,
        type: "valve",
        name: `Unit ${u.number} water shut-off`,
        model: "Moen Flo Smart Shutoff",
        location: `Unit ${u.number} utility closet`,
        state: { open: true, ts: at },
      });
    }
    if (i % 2 === 0) {
      devices.push({
        ...base,
        id: `dev_${slug}_${u.number}_leak`,
        unitId: u.id,
        type: "sensor",
        name: `Unit ${u.number} leak sensor`,
        model: "Aqara Water Leak T1",
        location: `Unit ${u.number} kitchen`,
        state: { kind: "water_leak", leak: false, battery: r.int(40, 100), ts: at },
      });
    }
    if (i % 4 === 1) {
      devices.push({
        ...base,
        id: `dev_${slug}_${u.number}_thermostat`,
        unitId: u.id,
        type: "thermostat",
        name: `Unit ${u.number} thermostat`,
        model: "Ecobee Premium",
        location: `Unit ${u.number} living room`,
        state: { temperature: 20 + r.int(0, 30) / 10, setpoint: 21, mode: "heat", ts: at },
      });
    }
  });
  const common = (
    id: string,
    type: Device["type"],
    name: string,
    model: string,
    state: Record<string, unknown>,
  ): Device => ({
    ...base,
    id,
    unitId: null,
    type,
    name,
    model,
    location: name,
    state: { ...state, ts: at },
  });
  devices.push(
    common(lockId(slug, "lobby"), "lock", "Lobby entrance", "HID Signo 20", { locked: true, battery: 100 }),
    common(lockId(slug, "garage"), "lock", "Garage gate", "LiftMaster CAPXLV", {
      locked: true,
      battery: 100,
    }),
    common(`dev_${slug}_lobby_camera`, "camera", "Lobby camera", "Axis M3086-V", { recording: true }),
    common(`dev_${slug}_lobby_intercom`, "intercom", "Lobby intercom", "ButterflyMX", { calling: false }),
    common(`dev_${slug}_garage_co`, "sensor", "Garage CO sensor", "Honeywell E3Point", {
      kind: "co",
      ppm: r.int(2, 9),
    }),
    common(`dev_${slug}_lobby_climate`, "sensor", "Lobby temperature", "Aqara TH T1", {
      kind: "temperature",
      celsius: 21.5,
      humidity: 42,
    }),
  );
  return devices;
}
