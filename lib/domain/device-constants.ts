/**
 * Device types and door code statuses: values without schemas. Client components import them from here, so
 * zod stays out of their bundles; device.ts re-exports them for server code.
 */

/** `valve`: a water shut-off valve or the relay driving one (state `{open}`), closed by a leak rule (issue 16). */
export const DEVICE_TYPES = ["lock", "sensor", "camera", "thermostat", "intercom", "valve"] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export const DOOR_CODE_STATUSES = ["pending", "active", "failed", "deleted"] as const;
export type DoorCodeStatus = (typeof DOOR_CODE_STATUSES)[number];
