import { type Device, isRetired } from "./device";

export const LOW_BATTERY_PERCENT = 20;

/** The sets a device belongs to in its building's health summary (issue 19); a retired device is in none. */
export const HEALTH_SETS = ["all", "offline", "lowBattery", "locks"] as const;
export type HealthSet = (typeof HEALTH_SETS)[number];
export type DeviceHealth = Record<HealthSet, boolean>;

export type HealthFields = Pick<Device, "online" | "type" | "state" | "retiredAt">;

/** A battery reported as a number below LOW_BATTERY_PERCENT; none reported counts as fine. */
export const isLowBattery = (d: Pick<Device, "state">) =>
  typeof d.state?.battery === "number" && d.state.battery < LOW_BATTERY_PERCENT;

export function healthOf(d: HealthFields): DeviceHealth {
  const live = !isRetired(d);
  return {
    all: live,
    offline: live && !d.online,
    lowBattery: live && isLowBattery(d),
    locks: live && d.type === "lock",
  };
}

export const sameHealth = (a: DeviceHealth, b: DeviceHealth) => HEALTH_SETS.every((s) => a[s] === b[s]);

export type DeviceSummary = {
  total: number;
  online: number;
  offline: number;
  lowBattery: number;
  locks: number;
};

/** The figures the homes show, from the sets' sizes. */
export function summarizeHealth(sets: Partial<Record<HealthSet, ReadonlySet<string>>>): DeviceSummary {
  const n = (s: HealthSet) => sets[s]?.size ?? 0;
  return {
    total: n("all"),
    online: n("all") - n("offline"),
    offline: n("offline"),
    lowBattery: n("lowBattery"),
    locks: n("locks"),
  };
}
