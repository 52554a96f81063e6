import "server-only";
import mqtt, { type IClientOptions, type IPublishPacket, type MqttClient } from "mqtt";
import pLimit, { type LimitFunction } from "p-limit";
import { accessEventMessageSchema } from "@/lib/domain/access-log";
import { boundViolationOf, MAX_DEVICE_MESSAGE_BYTES } from "@/lib/domain/bounded-json";
import type { Device } from "@/lib/domain/device";
import { ackMessageSchema, type CommandMessage, type DeviceCommand } from "@/lib/domain/device-command";
import { config } from "../config";
import { deliverLiveUpdate, type LiveUpdate } from "../live/live-updates";
import { logger } from "../logger";
import { DialectAdapters, type NativeMessage } from "./adapters";
import { CommandWaiters } from "./command-waiters";
import { EventIngestor, type IngestorOptions } from "./event-ingestor";
import { handleAck, handleAvailability, handleSensorEvent, handleState } from "./handlers";
import { type MqttMetrics, newMqttMetrics } from "./metrics";
import { setMqttNoDelay } from "./no-delay";
import { classifyError, DeliveryAttempts, PoisonLog, type PoisonReason } from "./poison";
import {
  deviceTopic,
  type InboundKind,
  kindFilter,
  liveFilter,
  liveTopic,
  parseLiveTopic,
  parseTopic,
  sharedFilter,
} from "./topics";

export type BridgeOptions = {
  url: string;
  username?: string;
  password?: string;
  /** stable per instance: the broker keeps this client's session (subscriptions, queued QoS 1) across restarts */
  clientId: string;
  prefix: string;
  /** 5 (shared subscriptions), 4 (MQTT 3.1.1), or "auto": try 5, fall back to 4 when the broker refuses it */
  protocol?: 4 | 5 | "auto";
  /** how long the broker keeps the session of a disconnected instance (MQTT 5) */
  sessionExpirySeconds?: number;
  ingest?: IngestorOptions;
  /** device reports (availability, state, sensor events) handled at once; the rest wait, unacknowledged (default 8) */
  reportConcurrency?: number;
  /** reconnect backoff bounds */
  minReconnectMs?: number;
  maxReconnectMs?: number;
};

/** Passed to mqtt.js' handleMessage callback so it sends no PUBACK: ours goes out once the message is handled. */
const DEFERRED = new Error("puback deferred until handled");
const LIVE_TYPES = new Set<string>(["device", "command", "access", "mission"]);

/**
 * The app's one connection to the broker (see runtime.ts for the per-process singleton).
 *
 * - Persistent session (clean: false, a stable client id, MQTT 5 session expiry), so QoS 1 messages published
 *   while the app is down are delivered when it returns.
 * - A QoS 1 message is acknowledged (PUBACK) only after it has been handled (stored, applied): if the process
 *   dies first, the broker delivers it again and the conditional writes make the repeat harmless. Handling runs
 *   concurrently (the broker's in-flight window bounds how many wait), not one message after the other.
 * - Availability, state and acks are subscribed by every instance (every waiter must hear its ack; state writes
 *   are idempotent). Events go through the MQTT 5 shared subscription `$share/buildingos/…` so one instance of
 *   the group stores each; on an MQTT 3.1.1 broker (aedes) every instance receives every event and the
 *   conditional write on the event id is what stores it once.
 * - Every inbound payload is validated; a bad or unknown-device message is counted, logged and acknowledged
 *   (redelivering it would not make it better), never thrown.
 * - No message can hold its in-flight slot for ever (a few hundred such would stall all QoS 1 delivery to this
 *   session): one that cannot be stored (over MAX_DEVICE_MESSAGE_BYTES before parsing, beyond the JSON bounds,
 *   refused by the database or its marshaller) is acknowledged and dropped, counted `poison`. Only a transient
 *   failure (throttling, network, the database down) leaves it unacknowledged for redelivery; an unclassified
 *   one does too, at most MAX_DELIVERIES times (server/mqtt/poison.ts).
 */
export class MqttBridge {
  readonly metrics: MqttMetrics = newMqttMetrics();
  readonly waiters = new CommandWaiters();
  /** Zigbee2MQTT, Shelly…: devices that speak their own MQTT dialect (server/mqtt/adapters) */
  readonly dialects: DialectAdapters;
  private readonly poisonLog = new PoisonLog(this.metrics);
  private readonly attempts = new DeliveryAttempts();
  private client: MqttClient | null = null;
  private protocol: 4 | 5;
  private readonly ingestor: EventIngestor;
  /** bumps on every (re)connection: a deferred PUBACK is only sent on the connection that got the message */
  private generation = 0;
  private stopped = false;
  /** while a session-ending stop leaves the shared subscription: messages still on their way are handled */
  private handleWhileStopping = false;
  private readyWaiters: (() => void)[] = [];
  private inflight = new Set<Promise<unknown>>();
  private readonly topicChains = new Map<string, Promise<boolean>>();
  /**
   * Device reports (availability, state, sensor events) are each a conditional write or a few, not batched like
   * access events, and an MQTT 3.1.1 broker (aedes) has no in-flight window: a burst of 2,000 readings was 2,000
   * requests at once, queued behind the SDK's 50 sockets ahead of every command's and ack's writes (a door
   * command sent during the bench's burst took 0.9–2 s, median, instead of ~15 ms; with 8 at a time ~0.1 s, and
   * the burst is stored as fast: `npm run bench -- --only sensors`). The same holds for the retained
   * availability and state of every device, sent at once on a new subscription. Acks are never held here (a
   * command waits on them) and access events have the ingestor's own batching.
   */
  private readonly reportSlots: LimitFunction;

  constructor(readonly opts: BridgeOptions) {
    this.protocol = opts.protocol === 4 ? 4 : 5;
    this.reportSlots = pLimit(opts.reportConcurrency ?? 8);
    this.ingestor = new EventIngestor(this.metrics, opts.ingest, this.poisonLog);
    this.dialects = new DialectAdapters(opts.clientId);
  }

  get connected(): boolean {
    return this.client?.connected === true;
  }

  /** 5 or 4, as negotiated */
  get protocolVersion(): 4 | 5 {
    return this.protocol;
  }

  /** Whether events are taken through a shared subscription (only one instance gets each). */
  get sharedEvents(): boolean {
    return this.protocol === 5;
  }

  start(): this {
    if (this.client || this.stopped) return this;
    this.connect();
    return this;
  }

  /** Resolves at the first successful connection (or after `timeoutMs`, with false). */
  ready(timeoutMs = 10_000): Promise<boolean> {
    if (this.connected) return Promise.resolve(true);
    return new Promise((resolve) => {
      const t = setTimeout(() => resolve(false), timeoutMs);
      this.readyWaiters.push(() => {
        clearTimeout(t);
        resolve(true);
      });
    });
  }

  /**
   * Stops the connection. `force`: drops it as a crash would (unacknowledged messages come back). Graceful: new
   * messages are left unacknowledged for redelivery, those in hand finish and are acknowledged, then a clean
   * DISCONNECT that keeps the session; with `endSession` (MQTT 5) it first leaves the shared subscription and
   * asks the broker to drop the session. Past `drainMs` the connection is dropped.
   */
  async stop({
    force = false,
    endSession = false,
    drainMs = Number.POSITIVE_INFINITY,
  }: {
    force?: boolean;
    endSession?: boolean;
    drainMs?: number;
  } = {}): Promise<{ handled: number; drained: boolean; leftForRedelivery: number; sessionKept: boolean }> {
    this.stopped = true;
    const c = this.client;
    const drop = endSession && this.protocol === 5 && c?.connected === true;
    if (!c) return { handled: 0, drained: true, leftForRedelivery: 0, sessionKept: !drop };
    const deadline = Date.now() + drainMs;
    const within = async <T>(p: Promise<T>): Promise<T | undefined> => {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((r) => {
        if (Number.isFinite(drainMs))
          timer = setTimeout(() => r(undefined), Math.max(0, deadline - Date.now()));
      });
      try {
        return await Promise.race([p, late]);
      } finally {
        clearTimeout(timer);
      }
    };
    let handled = 0;
    let drained = !force;
    if (!force) {
      if (drop) {
        // keep handling what arrives until the broker has taken the subscription away
        this.handleWhileStopping = true;
        const events = kindFilter(this.opts.prefix, "events");
        await within(
          c
            .unsubscribeAsync(this.sharedEvents ? sharedFilter(events, config().MQTT_SHARE_NAME) : events)
            .catch(() => undefined),
        );
      }
      const settle = async () => {
        await this.ingestor.drain();
        while (this.inflight.size > 0) {
          handled += this.inflight.size;
          await Promise.allSettled([...this.inflight]);
        }
        return true;
      };
      drained = (await within(settle())) === true;
      this.handleWhileStopping = false;
    }
    this.ingestor.close();
    this.generation++;
    this.waiters.rejectAll();
    await new Promise<void>((resolve) =>
      drop
        ? // a DISCONNECT must go out for the broker to drop the session, even when forced
          c.end(false, { properties: { sessionExpiryInterval: 0 } }, () => resolve())
        : c.end(force || !drained, {}, () => resolve()),
    );
    c.removeAllListeners();
    c.on("error", () => {});
    this.client = null;
    return { handled, drained, leftForRedelivery: this.metrics.leftForRedelivery, sessionKept: !drop };
  }

  /**
   * Hands a live update to the other instances (QoS 0: a browser that misses one still has the page's data and
   * the next update). Nothing happens while disconnected.
   */
  publishLive(buildingId: string, update: LiveUpdate): void {
    const c = this.client;
    if (!c?.connected) return;
    c.publish(liveTopic(this.opts.prefix, buildingId), JSON.stringify({ from: this.opts.clientId, update }), {
      qos: 0,
    });
  }

  /** A live update from another instance: delivered to this instance's streams (our own echo is skipped). */
  private onLive(buildingId: string, raw: Buffer | string) {
    const msg = parseJson(typeof raw === "string" ? Buffer.from(raw) : raw) as
      | { from?: unknown; update?: { type?: unknown } }
      | undefined;
    if (!msg || typeof msg.from !== "string" || !msg.update || typeof msg.update !== "object") return;
    if (msg.from === this.opts.clientId) return;
    if (!LIVE_TYPES.has(String(msg.update.type))) return;
    deliverLiveUpdate(buildingId, msg.update as LiveUpdate);
  }

  /**
   * Publishes a command (QoS 1, never retained) in the device's dialect; resolves once the broker has it, rejects
   * if it cannot.
   */
  publishCommand(c: DeviceCommand, device?: Device): Promise<void> {
    const client = this.client;
    if (!client?.connected) return Promise.reject(new Error("broker not connected"));
    const dialect = device ? this.dialects.for(device) : null;
    if (dialect && device)
      return dialect
        .send(device, c, (topic, payload, opts) =>
          client.publishAsync(topic, payload, opts).then(() => undefined),
        )
        .then(() => {
          this.metrics.commandsSent++;
        });
    const msg: CommandMessage = {
      commandId: c.id,
      action: c.action,
      params: c.params,
      issuedAt: c.issuedAt,
      expiresAt: c.expiresAt,
    };
    const topic = deviceTopic(this.opts.prefix, c.buildingId, c.deviceId, "commands");
    return new Promise((resolve, reject) => {
      client.publish(topic, JSON.stringify(msg), { qos: 1, retain: false }, (err) => {
        if (err) reject(err);
        else {
          this.metrics.commandsSent++;
          resolve();
        }
      });
    });
  }

  private connect() {
    const o = this.opts;
    const options: IClientOptions = {
      clientId: o.clientId,
      username: o.username,
      password: o.password,
      clean: false,
      protocolVersion: this.protocol,
      reconnectPeriod: o.minReconnectMs ?? 500,
      connectTimeout: 5_000,
      keepalive: 30,
      resubscribe: false,
      ...(this.protocol === 5
        ? { properties: { sessionExpiryInterval: o.sessionExpirySeconds ?? 7 * 86_400, receiveMaximum: 200 } }
        : {}),
    };
    const client = setMqttNoDelay(mqtt.connect(o.url, options));
    this.client = client;
    client.handleMessage = (packet, cb) => this.onPublish(packet, cb);
    client.on("connect", (connack) => this.onConnect(client, connack.sessionPresent));
    client.on("reconnect", () => {
      this.metrics.reconnects++;
      // exponential backoff, reset on success
      const max = o.maxReconnectMs ?? 30_000;
      client.options.reconnectPeriod = Math.min(
        max,
        Math.max(500, (client.options.reconnectPeriod ?? 500) * 2),
      );
    });
    client.on("error", (e) => {
      const code = (e as { code?: number }).code;
      // MQTT 3.1.1 CONNACK 1 / MQTT 5 reason 132: the broker does not speak MQTT 5 (aedes)
      if (this.opts.protocol !== 5 && this.protocol === 5 && (code === 1 || code === 132)) {
        logger.info("mqtt broker refused MQTT 5; using MQTT 3.1.1 (no shared subscriptions)");
        this.protocol = 4;
        client.removeAllListeners();
        client.on("error", () => {});
        client.end(true);
        this.client = null;
        if (!this.stopped) this.connect();
        return;
      }
      logger.warn("mqtt connection error", { error: e.message, code });
    });
  }

  private onConnect(client: MqttClient, sessionPresent: boolean) {
    this.generation++;
    client.options.reconnectPeriod = this.opts.minReconnectMs ?? 500;
    const p = this.opts.prefix;
    // MQTT 5 retain handling 1: the broker sends the retained availability and state (and dialects' retained
    // device states) only when the subscription is new. Subscribing again on a present session (every reconnect)
    // used to bring every device's retained messages once more, all at once, though the session had queued
    // whatever changed meanwhile. MQTT 3.1.1 (aedes) has no such option: it sends them on every subscribe.
    const qos = this.protocol === 5 ? { qos: 1 as const, rh: 1 } : { qos: 1 as const };
    const events = kindFilter(p, "events");
    const subs: Record<string, { qos: 0 | 1; rh?: number }> = {
      [kindFilter(p, "availability")]: qos,
      [kindFilter(p, "state")]: qos,
      [kindFilter(p, "acks")]: qos,
      [this.sharedEvents ? sharedFilter(events, config().MQTT_SHARE_NAME) : events]: { qos: 1 as const },
      // live updates between the app's instances: best effort (QoS 0), never shared
      [liveFilter(p)]: { qos: 0 as const },
    };
    for (const f of this.dialects.subscriptions()) subs[f] = qos;
    // subscribing again on a present session is harmless, and repairs a session the broker lost
    client.subscribe(subs, (err) => {
      if (err) logger.error("mqtt subscribe failed", { error: err.message });
    });
    logger.info("mqtt connected", { clientId: this.opts.clientId, protocol: this.protocol, sessionPresent });
    for (const r of this.readyWaiters.splice(0)) r();
  }

  private onPublish(packet: IPublishPacket, cb: (err?: Error) => void) {
    const liveBuilding = parseLiveTopic(this.opts.prefix, packet.topic);
    if (liveBuilding) {
      this.onLive(liveBuilding, packet.payload);
      return cb();
    }
    if (this.stopped && !this.handleWhileStopping) {
      // stopping: not handled and not acknowledged, so the broker delivers it again (QoS 0 is simply dropped)
      if (packet.qos !== 1) return cb();
      this.metrics.leftForRedelivery++;
      cb(DEFERRED);
      return;
    }
    const gen = this.generation;
    const work = this.dispatch(packet.topic, packet.payload, packet.retain === true);
    if (packet.qos !== 1 || packet.messageId === undefined) {
      // QoS 0 needs no ack; QoS 2 (not used by the contract) keeps mqtt.js' own, after handling
      void work.finally(() => cb());
      return;
    }
    cb(DEFERRED);
    const messageId = packet.messageId;
    const tracked = work.then((ok) => {
      const c = this.client;
      // an ack on a newer connection could acknowledge a different message with the same id: the broker
      // redelivers unacknowledged ones after a reconnect anyway
      if (ok && c && gen === this.generation && c.connected) {
        (c as unknown as { _sendPacket: (p: object) => void })._sendPacket({ cmd: "puback", messageId });
      }
    });
    this.inflight.add(tracked);
    void tracked.finally(() => this.inflight.delete(tracked));
  }

  /** Handles one message; resolves true when it may be acknowledged (handled, or hopeless), false to get it again. */
  private async dispatch(topic: string, raw: Buffer | string, retained = false): Promise<boolean> {
    this.metrics.received++;
    const payload = typeof raw === "string" ? Buffer.from(raw) : raw;
    const t = parseTopic(this.opts.prefix, topic);
    if (!t) return this.dispatchDialect(topic, payload, retained);
    const where = { topic, buildingId: t.buildingId, deviceId: t.deviceId, payload };
    // checked before anything parses it
    if (payload.length > MAX_DEVICE_MESSAGE_BYTES) return this.poison(where, "too_large");
    try {
      const ok = await this.route(t.kind, t.buildingId, t.deviceId, payload, topic);
      if (ok && this.attempts.size > 0) this.attempts.forget(DeliveryAttempts.key(topic, payload));
      return ok;
    } catch (e) {
      const kind = classifyError(e);
      if (kind === "permanent") return this.poison(where, "unstorable", e);
      if (kind === "unknown" && this.attempts.failed(DeliveryAttempts.key(topic, payload)))
        return this.poison(where, "retries_exhausted", e);
      this.metrics.handlerErrors++;
      logger.error("mqtt message handling failed", { topic: topic.slice(0, 200), kind, error: String(e) });
      return false;
    }
  }

  private async route(
    kind: InboundKind,
    buildingId: string,
    deviceId: string,
    payload: Buffer,
    topic: string,
  ): Promise<boolean> {
    const ctx = { buildingId, deviceId, metrics: this.metrics };
    if (kind === "availability") {
      const v = payload.toString("utf8").trim();
      if (v !== "online" && v !== "offline") return this.malformed(topic, "availability");
      await this.reportSlots(() => handleAvailability(ctx, v === "online"));
      return true;
    }
    const json = parseJson(payload);
    if (json === undefined) return this.malformed(topic, "json");
    const where = { topic, buildingId, deviceId, payload };
    if (kind === "state") {
      const done = await this.reportSlots(() => handleState(ctx, json));
      if (done === true) return true;
      return done === "malformed" ? this.malformed(topic, "state") : this.poison(where, done);
    }
    if (kind === "acks") {
      const ack = ackMessageSchema.safeParse(json);
      if (!ack.success) {
        const bound = boundViolationOf(ack.error);
        return bound ? this.poison(where, bound) : this.malformed(topic, "ack");
      }
      await handleAck(ctx, ack.data, this.waiters);
      return true;
    }
    const type = (json as { type?: unknown } | null)?.type;
    if (type === "alarm" || type === "telemetry") {
      const out = await this.reportSlots(() => handleSensorEvent(ctx, json));
      return out === "malformed" ? this.malformed(topic, "event") : true;
    }
    const ev = accessEventMessageSchema.safeParse(json);
    if (!ev.success) return this.malformed(topic, "event");
    return new Promise((resolve) =>
      this.ingestor.push({ buildingId, deviceId, event: ev.data, done: resolve }),
    );
  }

  /**
   * A message in a hardware dialect: its adapter says what it means in the native contract, and each native
   * message takes the very path a native one takes (state, availability, ack, events: the same ingestion).
   */
  private dispatchDialect(topic: string, payload: Buffer, retained: boolean): Promise<boolean> {
    // one topic's availability, state and acks are applied in the order they came: hardware dialects carry no
    // timestamp to order them by (an availability that flaps offline/online must end online). Its events go to
    // the ingestor without holding the next message back, so a burst is still stored in batches.
    const prev = this.topicChains.get(topic) ?? Promise.resolve(true);
    const handled = prev.then(() => this.handleDialect(topic, payload, retained));
    const ordered = handled.then((h) => h.ok);
    this.topicChains.set(topic, ordered);
    void ordered.finally(() => {
      if (this.topicChains.get(topic) === ordered) this.topicChains.delete(topic);
    });
    return handled.then(async (h) => h.ok && (await Promise.all(h.events)).every(Boolean));
  }

  private async handleDialect(
    topic: string,
    payload: Buffer,
    retained: boolean,
  ): Promise<{ ok: boolean; events: Promise<boolean>[] }> {
    const events: Promise<boolean>[] = [];
    if (payload.length > MAX_DEVICE_MESSAGE_BYTES)
      return { ok: this.poison({ topic, payload }, "too_large"), events };
    const fail = (e: unknown): boolean => {
      if (classifyError(e) === "permanent") return this.poison({ topic, payload }, "unstorable", e);
      this.metrics.handlerErrors++;
      logger.error("mqtt dialect message handling failed", { topic: topic.slice(0, 200), error: String(e) });
      return false;
    };
    try {
      const inbound = await this.dialects.inbound(topic, payload, retained);
      if (!inbound) return { ok: this.malformed(topic, "topic"), events };
      for (const { buildingId, deviceId, messages } of inbound)
        for (const m of messages) {
          const work = this.route(m.kind, buildingId, deviceId, nativePayload(m), topic);
          if (m.kind === "events") {
            events.push(work.catch(fail));
            continue;
          }
          if (!(await work)) return { ok: false, events };
        }
      return { ok: true, events };
    } catch (e) {
      return { ok: fail(e), events };
    }
  }

  /** Acknowledged and dropped: it can never be stored (counted, logged without its payload). */
  private poison(
    where: { topic: string; buildingId?: string; deviceId?: string; payload?: Buffer },
    reason: PoisonReason,
    error?: unknown,
  ): true {
    this.poisonLog.record(where, reason, error);
    return true;
  }

  private malformed(topic: string, what: string): true {
    this.metrics.malformed++;
    logger.warn("mqtt malformed message", { topic: topic.slice(0, 200), what });
    return true;
  }
}

function nativePayload(m: NativeMessage): Buffer {
  if (m.kind === "availability") return Buffer.from(m.online ? "online" : "offline");
  return Buffer.from(JSON.stringify(m.json));
}

function parseJson(payload: Buffer): unknown {
  try {
    return JSON.parse(payload.toString("utf8"));
  } catch {
    return undefined;
  }
}
