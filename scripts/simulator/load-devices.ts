import { listAllDevices } from "@/server/db/devices";
import { listDoorCodes } from "@/server/db/door-codes";
import { DEMO_BUILDINGS, demoUnits } from "../seed-data/buildings";
import { lockId } from "../seed-data/devices";
import type { SimCode, SimDevice } from "./device-model";

/**
 * The registry's devices of some buildings and the door codes their locks hold (active ones), read once at
 * start: one Query per building and one per lock. A one-off script's reads, never a request path.
 */
export async function loadSimulatedDevices(buildingIds: string[]): Promise<{
  devices: SimDevice[];
  codes: Record<string, SimCode[]>;
}> {
  const devices: SimDevice[] = [];
  const codes: Record<string, SimCode[]> = {};
  for (const buildingId of buildingIds) {
    const registry = await listAllDevices({ buildingId });
    for (const d of registry) {
      // hardware dialects are played by scripts/simulator/dialects, not over the native contract
      if (d.protocol && d.protocol !== "buildingos") continue;
      devices.push({ id: d.id, buildingId, type: d.type, state: d.state });
      if (d.type !== "lock") continue;
      const held: SimCode[] = [];
      let cursor: string | null | undefined;
      do {
        const page = await listDoorCodes({ buildingId, deviceId: d.id, limit: 200, cursor });
        for (const c of page.items) {
          if (c.status === "active") {
            held.push({ codeId: c.id, pin: c.pin, validFrom: c.validFrom, validUntil: c.validUntil });
          }
        }
        cursor = page.cursor;
      } while (cursor);
      if (held.length) codes[d.id] = held;
    }
  }
  return { devices, codes };
}

/** The demo buildings' ids (the simulator's default). */
export const demoBuildingIds = () => DEMO_BUILDINGS.map((b) => b.id);

/**
 * The lock the demo seeds as offline in each building (the second-to-last unit's door): it stays off the
 * network, so the pages show an offline device and a command to it is refused as unreachable.
 */
export function demoOfflineDeviceIds(): string[] {
  const at = new Date().toISOString();
  return DEMO_BUILDINGS.map((spec) => {
    const units = demoUnits(spec, at);
    return lockId(spec.slug, units[units.length - 2].number);
  });
}
