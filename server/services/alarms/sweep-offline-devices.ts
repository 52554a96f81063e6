import "server-only";
import { DEFAULT_ALARM_SETTINGS } from "@/lib/domain/alarm-rules";
import { isRetired } from "@/lib/domain/device";
import { getBuilding, listBuildings } from "../../db/buildings";
import { listAllDevices } from "../../db/devices";
import { logger } from "../../logger";
import { queryEvery } from "../shared/query-every";
import { raiseAlarm } from "./raise-alarm";

/**
 * Devices offline longer than the building's `alarms.offlineAfterMinutes` get an `offline` alarm (one per outage:
 * its event id is the last time the device was seen, so every instance's sweep hits the same alarm and counts it
 * once). Coming back online clears it (server/mqtt/handlers.ts). One Query per building, never a Scan.
 */
export async function sweepOfflineDevices(
  now = new Date(),
  opts: { buildingIds?: string[] } = {},
): Promise<{ raised: number }> {
  const buildings = opts.buildingIds
    ? await Promise.all(opts.buildingIds.map((buildingId) => getBuilding({ buildingId })))
    : await queryEvery((p) => listBuildings(p));
  let raised = 0;
  for (const b of buildings) {
    const minutes = b.config.alarms?.offlineAfterMinutes ?? DEFAULT_ALARM_SETTINGS.offlineAfterMinutes;
    const before = new Date(now.getTime() - minutes * 60_000).toISOString();
    const devices = await listAllDevices({ buildingId: b.id });
    for (const d of devices) {
      if (d.online || isRetired(d) || !d.lastSeenAt || d.lastSeenAt > before) continue;
      const out = await raiseAlarm({
        device: d,
        cause: "offline",
        at: now.toISOString(),
        eventId: `offline-${d.lastSeenAt}`,
        value: null,
      }).catch((e) => {
        logger.warn("offline alarm failed", { buildingId: b.id, deviceId: d.id, error: String(e) });
        return null;
      });
      if (out?.created) raised++;
    }
  }
  return { raised };
}
