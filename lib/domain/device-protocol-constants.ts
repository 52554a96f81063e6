/**
 * Device protocols: values without schemas. Client components import them from here, so zod stays out of
 * their bundles; device-protocol.ts re-exports them for server code.
 */

/**
 * The MQTT dialects a device may speak. `buildingos` is the app's own contract (SPEC) and the default; the others
 * are what real hardware already speaks through its bridge (docs/devices.md has the mapping tables).
 */
export const DEVICE_PROTOCOLS = ["buildingos", "zigbee2mqtt", "shelly", "zwave-js-ui"] as const;
export type DeviceProtocol = (typeof DEVICE_PROTOCOLS)[number];
