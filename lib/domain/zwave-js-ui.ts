/**
 * Z-Wave JS UI's MQTT gateway (zwave-js/zwave-js-ui docs/guide/mqtt.md, api/lib/Gateway.ts, api/lib/MqttClient.ts)
 * with the settings docs/devices.md asks for: gateway type "ValueID topics" with node names, payload type "JSON
 * time-value", node location ignored. Pure: the adapter, the simulator and the tests share it.
 */
import type { AccessMethod } from "./access-log";

/** Command classes the adapter speaks (zwave-js `CommandClasses`) */
export const ZW_CC = { doorLock: 98, userCode: 99, notification: 113, battery: 128 } as const;

/** Door Lock CC `currentMode` (`DoorLockMode`): 255 Secured; every other known mode is some form of unsecured */
export const ZW_DOOR_LOCK_SECURED = 255;
export const ZW_DOOR_LOCK_UNSECURED = 0;
export const ZW_DOOR_LOCK_UNKNOWN = 254;

/** User Code CC `userIdStatus` (`UserIDStatus`) */
export const ZW_USER_ID_STATUS = { available: 0, enabled: 1, disabled: 2 } as const;

/** zwave-js `SetValueStatus`: what `writeValue` answers */
export const ZW_SET_VALUE_STATUS: Record<number, string> = {
  0: "NoDeviceSupport",
  1: "Working",
  2: "Fail",
  3: "EndpointNotFound",
  4: "NotImplemented",
  5: "InvalidValue",
  254: "SuccessUnsupervised",
  255: "Success",
};
/** the device executed it (Supervision CC): acknowledged on the spot */
export const ZW_DONE = 255;
/** sent, not known to have run (no supervision) or still running: the reported value decides */
export const ZW_PENDING = new Set([1, 254]);
/** the gateway or the device cannot do it: rejected; 2 (Fail) is failed */
export const ZW_REFUSED = new Set([0, 3, 4, 5]);

/**
 * Notification CC, Access Control (type 6) events as the gateway publishes them: topic levels
 * `113/<ep>/Access_Control/<eventLabel sanitized>`, value = the event's parameters (`{"userId":N}` for keypad ones).
 */
export const ZW_ACCESS_EVENTS: Record<string, { method: AccessMethod } | { jammed: true }> = {
  Keypad_unlock_operation: { method: "pin" },
  Manual_unlock_operation: { method: "key" },
  RF_unlock_operation: { method: "remote" },
  Lock_jammed: { jammed: true },
};

/** Z-Wave JS UI's `sanitizeTopic`: spaces become `_`, anything but letters, digits, `-`, `_` (and `/`) is dropped */
export const zwSanitize = (s: string) => s.replace(/\s/g, "_").replace(/[^A-Za-z0-9-_À-ÖØ-öø-ÿ/]/g, "");

/** The gateway's own topic level (`ZWAVE_GATEWAY-<mqtt name>`), where its API is called */
export const zwGatewayClient = (gatewayName: string) => zwSanitize(`ZWAVE_GATEWAY-${gatewayName}`);

/** A zwave-js value id as `writeValue` takes it */
export type ZwValueId = {
  nodeId: number;
  commandClass: number;
  endpoint: number;
  property: string;
  propertyKey?: number;
};

/** The API request payload (`{"args":[…]}`); the gateway echoes it back as `origin` in its answer */
export type ZwApiRequest = { args: unknown[]; requestId: string };
/** The API answer, on the request topic without `/set` (`CallAPIResult` plus `origin`) */
export type ZwApiResult = {
  success?: boolean;
  message?: string;
  result?: unknown;
  origin?: { requestId?: unknown; args?: unknown };
};

/** The JSON time-value payload of every value, status and notification topic */
export type ZwTimeValue = { time?: number; value?: unknown; status?: string; nodeId?: number };

export function parseZwTimeValue(raw: string): ZwTimeValue | null {
  try {
    const j = JSON.parse(raw) as unknown;
    return j && typeof j === "object" && !Array.isArray(j) ? (j as ZwTimeValue) : null;
  } catch {
    return null;
  }
}
