/**
 * Zigbee2MQTT's payloads, as its converters write them (Koenkk/zigbee-herdsman-converters: `fz.lock`,
 * `fz.lock_operation_event`, `fz.lock_programming_event`, `fz.lock_pin_code_response`, `tz.pincode_lock`) and
 * the native contract's meaning of each. Pure: the adapter, the simulator and the tests share it.
 */
import type { AccessMethod, AccessResult } from "./access-log";

/** `lock_state` (closuresDoorLock lockState 0/1/2) */
export const Z2M_LOCK_STATES = ["not_fully_locked", "locked", "unlocked"] as const;

/** `action_source_name` (constants.lockSourceName) → how the person opened it */
export const Z2M_SOURCE_METHOD: Record<string, AccessMethod> = {
  keypad: "pin",
  rf: "remote",
  manual: "key",
  rfid: "nfc",
  fingerprint: "key",
};

/** lock operation `action`s that are a door opening (granted) or a refused attempt (denied); locking is not */
export const Z2M_ACCESS_ACTIONS: Record<string, { result: AccessResult; method?: AccessMethod }> = {
  unlock: { result: "granted" },
  key_unlock: { result: "granted", method: "key" },
  manual_unlock: { result: "granted", method: "key" },
  schedule_unlock: { result: "granted", method: "remote" },
  unlock_failure_invalid_pin_or_id: { result: "denied" },
  unlock_failure_invalid_schedule: { result: "denied" },
};

/** sensor fields (exposes: water_leak, smoke, …) → the native alarm cause (issue 16's contract) */
export const Z2M_ALARM_FIELDS: Record<string, string> = {
  water_leak: "leak",
  smoke: "smoke",
  carbon_monoxide: "co",
  tamper: "tamper",
  battery_low: "battery_low",
};

/** numeric fields carried as native telemetry readings */
export const Z2M_READINGS = [
  "temperature",
  "humidity",
  "battery",
  "pressure",
  "voltage",
  "linkquality",
] as const;

/** `set` payload of a lock command */
export const z2mLockSet = (lock: boolean) => ({ state: lock ? "LOCK" : "UNLOCK" });

/**
 * `set` payload writing or clearing a PIN in a user slot (`tz.pincode_lock`: `pin_code: null` clears). The PIN goes
 * as a string: the converter only calls `toString()` on it, and a number would lose a leading zero.
 */
export const z2mPinSet = (slot: number, pin: string | null) =>
  pin === null
    ? { pin_code: { user: slot, pin_code: null } }
    : { pin_code: { user: slot, user_type: "unrestricted", user_enabled: true, pin_code: pin } };

/** Zigbee2MQTT availability payload: `{"state":"online"}` (current) or `online` (legacy_availability_payload). */
export function parseZ2mAvailability(raw: string): boolean | null {
  const t = raw.trim();
  if (t === "online" || t === "offline") return t === "online";
  try {
    const j = JSON.parse(t) as { state?: unknown };
    if (j?.state === "online" || j?.state === "offline") return j.state === "online";
  } catch {}
  return null;
}
