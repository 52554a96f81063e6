import "server-only";
import { randomBytes } from "node:crypto";
import { connect } from "mqtt";
import { config } from "../config";
import { HEALTH_TIMEOUT_MS, type HealthResult, timedCheck } from "../health-check";

/**
 * Can we reach the broker? Opens a short-lived connection of its own (not the app's long-lived one, so a
 * check never disturbs it), with no reconnects, then disconnects cleanly. `url` overrides MQTT_URL.
 */
export function checkMqtt(opts: { url?: string; timeoutMs?: number } = {}): Promise<HealthResult> {
  const c = config();
  const timeoutMs = opts.timeoutMs ?? HEALTH_TIMEOUT_MS;
  return timedCheck(
    (signal) =>
      new Promise<void>((resolve, reject) => {
        const client = connect(opts.url ?? c.MQTT_URL, {
          username: c.MQTT_USERNAME,
          password: c.MQTT_PASSWORD,
          clientId: `buildingos-health-${randomBytes(4).toString("hex")}`,
          clean: true,
          connectTimeout: timeoutMs,
          reconnectPeriod: 0,
        });
        const fail = (e: Error) => {
          client.removeAllListeners();
          client.on("error", () => {});
          client.end(true);
          reject(e);
        };
        signal.addEventListener("abort", () => fail(new Error("aborted")), { once: true });
        client.once("error", fail);
        client.once("close", () => fail(new Error("connection closed")));
        client.once("connect", () => {
          client.removeAllListeners();
          client.on("error", () => {});
          client.end(false, {}, () => resolve());
        });
      }),
    timeoutMs,
  );
}
