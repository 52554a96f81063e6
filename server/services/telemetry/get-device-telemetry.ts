import "server-only";
import { type DeviceTelemetry, downsample, rangeWindow, type TelemetryRange } from "@/lib/domain/telemetry";
import type { Actor } from "@/lib/roles";
import { listReadings } from "../../db/telemetry";
import { loadDeviceFor } from "../devices/device-access";

/**
 * A device's readings over the last 24 h, 7 d or 30 d, as min/avg/max buckets per metric (15 min, 1 h, 6 h).
 * Staff and managers: any device of the building; residents: their units' devices; guests: none (not found).
 */
export async function getDeviceTelemetry(
  actor: Actor,
  deviceId: string,
  range: TelemetryRange,
  now = new Date(),
): Promise<DeviceTelemetry> {
  const device = await loadDeviceFor(actor, deviceId, "telemetry.read");
  const window = rangeWindow(range, now);
  const readings = await listReadings({ buildingId: actor.buildingId, deviceId: device.id, ...window });
  return {
    deviceId: device.id,
    range,
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    bucketSeconds: window.bucketMs / 1000,
    series: downsample(readings, window),
  };
}
