/**
 * Device command actions and statuses: values without schemas. Client components import them from here, so
 * zod stays out of their bundles; device-command.ts re-exports them for server code.
 */

/** Actions of the MQTT contract: lock actions, valve actions, and `refresh` for every type. */
export const LOCK_ACTIONS = ["lock", "unlock", "set_code", "delete_code"] as const;
export const VALVE_ACTIONS = ["close", "open"] as const;
export const DEVICE_ACTIONS = [...LOCK_ACTIONS, ...VALVE_ACTIONS, "refresh"] as const;
export type DeviceAction = (typeof DEVICE_ACTIONS)[number];

export const COMMAND_STATUSES = [
  "pending",
  "acknowledged",
  "rejected",
  "failed",
  "timed_out",
  "unreachable",
] as const;
export type CommandStatus = (typeof COMMAND_STATUSES)[number];
export const FINAL_COMMAND_STATUSES = COMMAND_STATUSES.filter((s) => s !== "pending");
/** default time a device has to acknowledge (MQTT contract) */
export const COMMAND_TIMEOUT_MS = 5_000;
