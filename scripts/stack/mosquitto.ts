import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnGroup } from "./child-process";
import { freePort, waitFor } from "./free-port";
import { probeMqtt, type RunningBroker } from "./mqtt-broker";

export const MOSQUITTO_BIN = process.env.MOSQUITTO_BIN ?? "/usr/sbin/mosquitto";

/**
 * Starts a real Mosquitto (MQTT 5, shared subscriptions) from a throw-away config on a free loopback port,
 * for tests and benchmarks. Sessions live in memory; the offline queue is large enough for the tests' bursts
 * (Mosquitto's default keeps only 1,000 QoS 1 messages per offline client).
 */
export async function startMosquitto(opts: { port?: number } = {}): Promise<RunningBroker> {
  const port = opts.port ?? (await freePort());
  const dir = mkdtempSync(join(tmpdir(), "mosquitto-"));
  // as root mosquitto drops to user `mosquitto`: it must be able to read its config
  chmodSync(dir, 0o755);
  const conf = join(dir, "mosquitto.conf");
  writeFileSync(
    conf,
    [
      `listener ${port} 127.0.0.1`,
      "allow_anonymous true",
      "set_tcp_nodelay true",
      "persistence false",
      "max_queued_messages 100000",
      "max_inflight_messages 100",
      "log_dest stderr",
      "log_type error",
      "log_type warning",
      "",
    ].join("\n"),
    { mode: 0o644 },
  );
  const proc = spawnGroup(MOSQUITTO_BIN, ["-c", conf], { env: process.env });
  const url = `mqtt://localhost:${port}`;
  try {
    await waitFor(() => probeMqtt(url, { timeoutMs: 500 }), "mosquitto", 10_000);
  } catch (e) {
    await proc.stop(1000);
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  let stopped = false;
  return {
    url,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await proc.stop(2000);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
