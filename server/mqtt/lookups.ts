import "server-only";
import { type AlarmSettings, DEFAULT_ALARM_SETTINGS } from "@/lib/domain/alarm-rules";
import { DEFAULT_BUILDING_CONFIG } from "@/lib/domain/building-config";
import type { Device, DoorCode } from "@/lib/domain/device";
import { findBuilding } from "../db/buildings";
import { type DeviceAddressEntry, findDeviceByAddress } from "../db/device-addresses";
import { findDevice } from "../db/devices";
import { getDoorCode } from "../db/door-codes";

/**
 * Short-lived caches for the ingestion path: a burst of events from one door must not read the device, the
 * building and the door code once per event. Entries live a few seconds, so a registry change (a device moved,
 * a new retention) is seen quickly; misses are cached more briefly so a newly registered device starts counting fast.
 */
type Entry<T> = { value: T; until: number };

class TtlCache<T> {
  private readonly map = new Map<string, Entry<Promise<T>>>();
  constructor(
    private readonly ttlMs: number,
    private readonly missTtlMs: number,
    private readonly max = 10_000,
  ) {}
  get(key: string, load: () => Promise<T>): Promise<T> {
    const now = Date.now();
    const hit = this.map.get(key);
    if (hit && hit.until > now) return hit.value;
    const value = load();
    this.map.set(key, { value, until: now + this.ttlMs });
    value.then(
      (v) => {
        if (v == null) this.map.set(key, { value, until: Date.now() + this.missTtlMs });
      },
      () => this.map.delete(key),
    );
    if (this.map.size > this.max) this.map.delete(this.map.keys().next().value as string);
    return value;
  }
  clear() {
    this.map.clear();
  }
}

const devices = new TtlCache<Device | null>(5_000, 1_000);
const buildingFacts = new TtlCache<{ retentionDays: number; timeZone: string }>(60_000, 60_000);
const telemetryRetention = new TtlCache<number>(60_000, 60_000);
const alarmSettings = new TtlCache<Partial<AlarmSettings> | undefined>(30_000, 30_000);
const codes = new TtlCache<DoorCode | null>(30_000, 2_000);
const addresses = new TtlCache<DeviceAddressEntry | null>(5_000, 1_000);

/** The registered device at a hardware dialect's address (lib/domain/device-protocol.ts `addressKey`), or null. */
export const lookupAddress = (key: string) => addresses.get(key, () => findDeviceByAddress(key));

export const lookupDevice = (buildingId: string, deviceId: string) =>
  devices.get(`${buildingId}/${deviceId}`, () => findDevice({ buildingId, deviceId }));

/** What storing a door event needs of its building: how long logs are kept, and its time zone (day counters). */
export const lookupAccessLogFacts = (buildingId: string) =>
  buildingFacts.get(buildingId, async () => {
    const b = await findBuilding({ buildingId });
    return {
      retentionDays: b?.config.accessLogRetentionDays ?? DEFAULT_BUILDING_CONFIG.accessLogRetentionDays,
      timeZone: b?.timezone ?? "UTC",
    };
  });

/** How many days a building keeps telemetry readings (its `alarms.telemetryRetentionDays`). */
export const lookupTelemetryRetention = (buildingId: string) =>
  telemetryRetention.get(buildingId, async () => {
    const b = await findBuilding({ buildingId });
    return b?.config.alarms?.telemetryRetentionDays ?? DEFAULT_ALARM_SETTINGS.telemetryRetentionDays;
  });

/** The building's `alarms` section as stored (thresholds for each reading): read at most every 30 s. */
export const lookupAlarmSettings = (buildingId: string) =>
  alarmSettings.get(buildingId, async () => (await findBuilding({ buildingId }))?.config.alarms);

export const lookupDoorCode = (buildingId: string, deviceId: string, codeId: string) =>
  codes.get(`${buildingId}/${deviceId}/${codeId}`, () =>
    getDoorCode({ buildingId, deviceId, codeId }).catch(() => null),
  );

/** Tests register devices and expect them to be seen at once. */
export function clearMqttLookups() {
  devices.clear();
  buildingFacts.clear();
  telemetryRetention.clear();
  alarmSettings.clear();
  codes.clear();
  addresses.clear();
}
