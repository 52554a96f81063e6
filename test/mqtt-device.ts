import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";
import { deviceTopic } from "@/server/mqtt/topics";

/**
 * A real MQTT client playing one device over the contract (not a mock: it talks to the real broker), for
 * tests and benchmarks. `autoAck` answers every command with that status after `ackDelayMs`.
 */
export type TestDevice = {
  client: MqttClient;
  commands: { commandId: string; action: string }[];
  online: () => Promise<void>;
  offline: () => Promise<void>;
  state: (state: Record<string, unknown>) => Promise<void>;
  event: (over?: Record<string, unknown>) => Promise<string>;
  raw: (kind: string, payload: string | Buffer) => Promise<void>;
  stop: () => Promise<void>;
};

export async function connectTestDevice(opts: {
  url: string;
  prefix: string;
  buildingId: string;
  deviceId: string;
  autoAck?: "ok" | "rejected" | "failed" | null;
  ackDelayMs?: number;
}): Promise<TestDevice> {
  const t = (kind: string) => deviceTopic(opts.prefix, opts.buildingId, opts.deviceId, kind as "state");
  const client = setMqttNoDelay(
    mqtt.connect(opts.url, {
      clientId: `dev-${opts.deviceId}-${randomUUID().slice(0, 8)}`,
      clean: true,
      reconnectPeriod: 0,
      will: { topic: t("availability"), payload: Buffer.from("offline"), qos: 1, retain: true },
    }),
  );
  await new Promise<void>((resolve, reject) => {
    client.once("connect", () => resolve());
    client.once("error", reject);
  });
  const commands: TestDevice["commands"] = [];
  await client.subscribeAsync(t("commands"), { qos: 1 });
  client.on("message", (_topic, payload) => {
    const cmd = JSON.parse(payload.toString()) as { commandId: string; action: string };
    commands.push(cmd);
    if (!opts.autoAck) return;
    const ack = JSON.stringify({
      commandId: cmd.commandId,
      status: opts.autoAck,
      state: { locked: cmd.action === "lock" },
    });
    setTimeout(() => void client.publishAsync(t("acks"), ack, { qos: 1 }), opts.ackDelayMs ?? 0);
  });
  const pub = async (kind: string, payload: string | Buffer, retain = false) => {
    await client.publishAsync(t(kind), payload, { qos: 1, retain });
  };
  return {
    client,
    commands,
    online: () => pub("availability", "online", true),
    offline: () => pub("availability", "offline", true),
    state: (state) => pub("state", JSON.stringify({ ts: new Date().toISOString(), ...state }), true),
    event: async (over = {}) => {
      const eventId = (over.eventId as string) ?? randomUUID();
      const body = {
        eventId,
        type: "access",
        method: "pin",
        result: "granted",
        ts: new Date().toISOString(),
        ...over,
      };
      await pub("events", JSON.stringify(body));
      return eventId;
    },
    raw: (kind, payload) => pub(kind, payload),
    stop: async () => {
      // clear the retained availability so later tests on the same broker start clean
      await client.publishAsync(t("availability"), "", { qos: 1, retain: true });
      await client.endAsync();
    },
  };
}

/** Polls until `check` is true (or fails after `timeoutMs`). */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 10_000,
  what = "condition",
) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(`${what} not reached within ${timeoutMs} ms`);
}
