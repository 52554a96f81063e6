/**
 * The device path's floor (issue 19, target 2), measured by the mqtt worker on the same broker and DynamoDB Local
 * as the round trip it is compared with, each part alone:
 * - a bare QoS 1 publish → reply between two mqtt.js clients (TCP_NODELAY, as every socket of the app);
 * - the writes a command must make: the command's conditional PutItem, its conditional UpdateItem (pending →
 *   acknowledged) and the audit event's PutItem.
 * And `hopRecorder`, a DynamoDB client middleware that timestamps every request of the real round trip, so the
 * bench prints where the time goes (reads before the command is stored, the put, MQTT out and back, the update).
 */
import { randomUUID } from "node:crypto";
import mqtt from "mqtt";
import { median } from "./stats";

type Send = (input: {
  name: string;
  put?: Record<string, unknown>;
  update?: Record<string, unknown>;
}) => Promise<void>;

export async function mqttPublishReply(
  url: string,
  n: number,
  noDelay: (c: mqtt.MqttClient) => mqtt.MqttClient,
) {
  const id = randomUUID().slice(0, 8);
  const connect = (name: string) =>
    new Promise<mqtt.MqttClient>((resolve, reject) => {
      const c = noDelay(
        mqtt.connect(url, { clientId: `floor-${name}-${id}`, clean: true, reconnectPeriod: 0 }),
      );
      c.once("connect", () => resolve(c));
      c.once("error", reject);
    });
  const [asker, replier] = await Promise.all([connect("a"), connect("b")]);
  const req = `floor/${id}/req`;
  const rep = `floor/${id}/rep`;
  try {
    await replier.subscribeAsync(req, { qos: 1 });
    replier.on("message", (_t, payload) => void replier.publishAsync(rep, payload, { qos: 1 }));
    await asker.subscribeAsync(rep, { qos: 1 });
    let pending: (() => void) | null = null;
    asker.on("message", () => pending?.());
    const samples: number[] = [];
    for (let i = 0; i < n + 5; i++) {
      const t = performance.now();
      const replied = new Promise<void>((r) => {
        pending = () => r();
      });
      await asker.publishAsync(req, JSON.stringify({ i }), { qos: 1 });
      await replied;
      if (i >= 5) samples.push(performance.now() - t);
    }
    return samples;
  } finally {
    await Promise.all([asker.endAsync(), replier.endAsync()]);
  }
}

/** Each write alone, n times: conditional put, conditional update of that item, plain put (the audit event). */
export async function writeFloor(n: number, send: Send) {
  const put: number[] = [];
  const update: number[] = [];
  const audit: number[] = [];
  for (let i = 0; i < n + 5; i++) {
    const id = randomUUID();
    let t = performance.now();
    await send({ name: "put", put: { id } });
    const a = performance.now() - t;
    t = performance.now();
    await send({ name: "update", update: { id } });
    const b = performance.now() - t;
    t = performance.now();
    await send({ name: "audit", put: { id: `audit-${id}` } });
    const c = performance.now() - t;
    if (i >= 5) {
      put.push(a);
      update.push(b);
      audit.push(c);
    }
  }
  return { put, update, audit };
}

export type Hop = { op: string; start: number; end: number };

/** Timestamps of the DynamoDB requests between `begin()` and `end()`, for the hop table. */
export function hopRecorder() {
  let hops: Hop[] | null = null;
  return {
    begin: () => {
      hops = [];
    },
    end: () => {
      const out = hops ?? [];
      hops = null;
      return out;
    },
    wrap: async <T>(op: string, next: () => Promise<T>): Promise<T> => {
      const list = hops;
      const start = performance.now();
      try {
        return await next();
      } finally {
        list?.push({ op, start, end: performance.now() });
      }
    },
  };
}

/**
 * One command's time split at its hops: t0 → the command's PutItem starts (checks and reads), the PutItem,
 * its end → the device receives the command (publish, broker), → the UpdateItem ending it starts (the device's
 * ack through the broker into the bridge), the UpdateItem, → the call returns.
 */
export function splitHops(t0: number, end: number, hops: Hop[], deviceGotAt: number | undefined) {
  const put = hops.find((h) => h.op === "PutItemCommand" || h.op === "PutCommand");
  const upd = hops.find((h) => h.op === "UpdateItemCommand" || h.op === "UpdateCommand");
  if (!put || !upd || deviceGotAt === undefined) return null;
  return {
    beforePut: put.start - t0,
    put: put.end - put.start,
    toDevice: deviceGotAt - put.end,
    ackToUpdate: upd.start - deviceGotAt,
    update: upd.end - upd.start,
    afterUpdate: end - upd.end,
    requests: hops.length,
  };
}
export type HopSplit = NonNullable<ReturnType<typeof splitHops>>;

export const medianOf = (rows: HopSplit[], k: keyof HopSplit) => median(rows.map((r) => r[k]));
