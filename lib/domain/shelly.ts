/**
 * Shelly Gen2+ RPC over MQTT (shelly-api-docs.shelly.cloud/gen2: General/RPCProtocol, General/Notifications,
 * ComponentsAndServices/Mqtt, Switch). Pure: the adapter, the simulator and the tests share it.
 */

/** Request frame on `{topicPrefix}/rpc`; the answer goes to `{src}/rpc`, matched by `id`. */
export type ShellyRequest = {
  id: number | string;
  src: string;
  method: string;
  params?: Record<string, unknown>;
};
/** Response frame: `result` or `error` */
export type ShellyResponse = {
  id: number | string;
  src: string;
  dst: string;
  result?: Record<string, unknown> | null;
  error?: { code: number; message: string };
};
/** Notification frame on `{topicPrefix}/events/rpc` */
export type ShellyNotification = {
  src: string;
  dst: string;
  method: "NotifyStatus" | "NotifyFullStatus" | "NotifyEvent";
  params: { ts: number; events?: { component: string; id?: number; event: string; ts?: number }[] } & Record<
    string,
    unknown
  >;
};

/** `Switch.Set`: `unlock` pulses the relay on for `pulseSeconds` (`toggle_after`), `lock` turns it off. */
export const shellySwitchSet = (switchId: number, on: boolean, pulseSeconds?: number) => ({
  id: switchId,
  on,
  ...(on && pulseSeconds ? { toggle_after: pulseSeconds } : {}),
});

/**
 * Error codes the device answers when the request itself cannot be done (its argument, a missing component, a
 * precondition, credentials): the command ends `rejected`. Any other code (deadline, unavailable, internal…)
 * ends it `failed`.
 */
export const SHELLY_REJECTING_CODES = new Set([-103, -105, -108, 401]);
