import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import { z } from "zod";
import type { AccessMethod, AccessResult } from "@/lib/domain/access-log";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";
import { deviceTopic, type TopicKind } from "@/server/mqtt/topics";
import type { DeviceModel } from "./device-model";

export type DeviceLinkOptions = {
  url: string;
  prefix: string;
  username?: string;
  password?: string;
  /** time to answer a command (± 30 %) */
  ackMs: number;
  /** share of commands that end `failed` (0..1) */
  failureRate: number;
  log: (message: string) => void;
};

/** What arrives on `…/commands`; anything else is ignored, as a real lock would. */
const commandSchema = z.object({
  commandId: z.string().min(1).max(64),
  action: z.string().min(1).max(40),
  params: z.record(z.string(), z.unknown()).optional(),
  issuedAt: z.string().optional(),
  expiresAt: z.string().optional(),
});

export type AccessEvent = {
  eventId: string;
  type: "access";
  method: AccessMethod;
  result: AccessResult;
  codeId?: string;
  ts: string;
};

/**
 * One device's own MQTT connection, with its own last will (`offline`, retained, on its availability topic),
 * so that a device that drops off the network shows offline exactly as a real one would. On every (re)connect
 * it reports `online` and its state, both retained, and listens for commands.
 */
export class SimulatedDevice {
  private client: MqttClient | undefined;
  /** acks already sent, by command id: a QoS 1 redelivery gets the same answer, not a second run */
  private readonly answered = new Map<string, Record<string, unknown>>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  commandsHandled = 0;

  constructor(
    readonly model: DeviceModel,
    private readonly opts: DeviceLinkOptions,
  ) {}

  get id() {
    return this.model.device.id;
  }
  get buildingId() {
    return this.model.device.buildingId;
  }
  get connected() {
    return this.client?.connected ?? false;
  }
  private topic(leaf: TopicKind) {
    return deviceTopic(this.opts.prefix, this.buildingId, this.id, leaf);
  }

  /** Connects and resolves once the device has announced itself (online + state) the first time. */
  start(): Promise<void> {
    const availability = this.topic("availability");
    const client = setMqttNoDelay(
      mqtt.connect(this.opts.url, {
        clientId: `sim-${this.buildingId}-${this.id}`.slice(0, 120),
        username: this.opts.username,
        password: this.opts.password,
        clean: true,
        reconnectPeriod: 1000,
        connectTimeout: 5000,
        will: { topic: availability, payload: Buffer.from("offline"), qos: 1, retain: true },
      }),
    );
    this.client = client;
    client.on("error", (e) => this.opts.log(`${this.id}: ${e.message}`));
    client.on("message", (_topic, payload) => this.onCommand(payload));
    return new Promise<void>((resolve, reject) => {
      let first = true;
      client.on("connect", () => {
        void this.announce().then(
          () => {
            if (first) resolve();
            first = false;
          },
          (e: Error) => {
            this.opts.log(`${this.id}: could not announce: ${e.message}`);
            if (first) reject(e);
            first = false;
          },
        );
      });
    });
  }

  private async announce() {
    const c = this.client;
    if (!c) return;
    await c.subscribeAsync(this.topic("commands"), { qos: 1 });
    await c.publishAsync(this.topic("availability"), "online", { qos: 1, retain: true });
    await this.publishState();
  }

  publishState() {
    return this.publish("state", this.model.snapshot(), true);
  }

  /**
   * The sensor's current numbers as a native telemetry event (`…/events`, QoS 1): what the device page charts.
   * Nothing when the state holds no reading.
   */
  async publishTelemetry(): Promise<boolean> {
    const readings = this.model.readings();
    if (!readings) return false;
    await this.publish(
      "events",
      { eventId: `sim-${randomUUID()}`, type: "telemetry", readings, ts: new Date().toISOString() },
      false,
    );
    return true;
  }

  /** A door event on `…/events` (QoS 1, not retained). */
  async publishAccess(
    e: Omit<AccessEvent, "eventId" | "type" | "ts"> & { ts?: string },
  ): Promise<AccessEvent> {
    const event: AccessEvent = {
      eventId: `sim-${randomUUID()}`,
      type: "access",
      method: e.method,
      result: e.result,
      ...(e.codeId ? { codeId: e.codeId } : {}),
      ts: e.ts ?? new Date().toISOString(),
    };
    await this.publish("events", event, false);
    return event;
  }

  private async publish(leaf: TopicKind, body: unknown, retain: boolean) {
    const c = this.client;
    if (!c?.connected) throw new Error(`${this.id} is not connected`);
    await c.publishAsync(this.topic(leaf), JSON.stringify(body), { qos: 1, retain });
  }

  private onCommand(payload: Buffer) {
    let parsed: z.infer<typeof commandSchema>;
    try {
      parsed = commandSchema.parse(JSON.parse(payload.toString("utf8")));
    } catch {
      this.opts.log(`${this.id}: ignored a malformed command`);
      return;
    }
    const earlier = this.answered.get(parsed.commandId);
    if (earlier) {
      void this.publish("acks", earlier, false).catch(() => {});
      return;
    }
    const jitter = 0.7 + Math.random() * 0.6;
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      void this.answer(parsed).catch((e: Error) => this.opts.log(`${this.id}: ack not sent: ${e.message}`));
    }, this.opts.ackMs * jitter);
    this.timers.add(timer);
  }

  private async answer(cmd: z.infer<typeof commandSchema>) {
    this.commandsHandled++;
    let ack: Record<string, unknown>;
    if (Math.random() < this.opts.failureRate) {
      ack = { commandId: cmd.commandId, status: "failed", reason: "simulated failure" };
    } else {
      const out = this.model.apply(cmd.action, cmd.params ?? {}, cmd.expiresAt);
      if (out.changed) await this.publishState();
      ack = {
        commandId: cmd.commandId,
        status: out.status,
        ...("reason" in out && out.reason ? { reason: out.reason } : {}),
        ...("state" in out && out.state ? { state: out.state } : {}),
      };
    }
    this.answered.set(cmd.commandId, ack);
    if (this.answered.size > 500) this.answered.delete(this.answered.keys().next().value as string);
    await this.publish("acks", ack, false);
  }

  /** Goes away politely: reports `offline` (retained) itself, then disconnects. */
  async stop(): Promise<void> {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    if (c.connected) {
      await c.publishAsync(this.topic("availability"), "offline", { qos: 1, retain: true }).catch(() => {});
    }
    await c.endAsync().catch(() => {});
  }

  /**
   * Loses power: the socket drops without a DISCONNECT, so the broker publishes the last will (`offline`).
   * The device stays down until `start()` again.
   */
  cut(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    const c = this.client;
    this.client = undefined;
    if (!c) return;
    c.options.reconnectPeriod = 0;
    c.stream?.destroy();
    c.end(true);
  }
}
