import type { DeviceDTO } from "@/lib/domain/device";

/** Below this a battery is "low": staff replace it before the lock stops answering. */
export const LOW_BATTERY = 20;

const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) ? v : null);

export const batteryOf = (d: Pick<DeviceDTO, "state">) => num(d.state.battery);
export const isLowBattery = (d: Pick<DeviceDTO, "state">) => {
  const b = batteryOf(d);
  return b !== null && b < LOW_BATTERY;
};
export const lockedOf = (d: Pick<DeviceDTO, "state" | "type">) =>
  d.type === "lock" && typeof d.state.locked === "boolean" ? d.state.locked : null;

/** A device's reported state as a message key and its values (see `devices.state` in the catalogs). */
export type StateKey =
  | "unknown"
  | "locked"
  | "unlocked"
  | "temperature"
  | "thermostat"
  | "leak"
  | "dry"
  | "co"
  | "climate"
  | "recording"
  | "idle"
  | "calling"
  | "valveOpen"
  | "valveClosed";

export function stateSummary(d: Pick<DeviceDTO, "state" | "type">): {
  key: StateKey;
  values?: Record<string, string | number>;
} {
  const s = d.state;
  switch (d.type) {
    case "lock": {
      const locked = lockedOf(d);
      return { key: locked === null ? "unknown" : locked ? "locked" : "unlocked" };
    }
    case "thermostat": {
      const t = num(s.temperature);
      const set = num(s.setpoint);
      if (t === null) return { key: "unknown" };
      return set === null
        ? { key: "temperature", values: { value: t } }
        : { key: "thermostat", values: { value: t, setpoint: set } };
    }
    case "sensor": {
      if (s.kind === "water_leak") return { key: s.leak === true ? "leak" : "dry" };
      if (s.kind === "co" && num(s.ppm) !== null) return { key: "co", values: { ppm: num(s.ppm) as number } };
      if (s.kind === "temperature" && num(s.celsius) !== null) {
        const h = num(s.humidity);
        return h === null
          ? { key: "temperature", values: { value: num(s.celsius) as number } }
          : { key: "climate", values: { value: num(s.celsius) as number, humidity: h } };
      }
      return { key: "unknown" };
    }
    case "camera":
      return { key: s.recording === true ? "recording" : "idle" };
    case "intercom":
      return { key: s.calling === true ? "calling" : "idle" };
    case "valve":
      return { key: typeof s.open !== "boolean" ? "unknown" : s.open ? "valveOpen" : "valveClosed" };
    default:
      return { key: "unknown" };
  }
}
