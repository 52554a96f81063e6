import mqtt, { type MqttClient } from "mqtt";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { accessEventMessageSchema } from "@/lib/domain/access-log";
import { ackMessageSchema } from "@/lib/domain/device-command";
import { type RunningBroker, startMqttBroker } from "../stack/mqtt-broker";
import type { SimDevice } from "./device-model";
import { type Simulator, startSimulator } from "./simulator";

const B = "bld_simtest";
const LOCK = "dev_sim_lock";
const SENSOR = "dev_sim_leak";
const OFF = "dev_sim_offline";
const devices: SimDevice[] = [
  { id: LOCK, buildingId: B, type: "lock", state: { locked: true, battery: 80, ts: "2026-01-01T00:00:00Z" } },
  { id: SENSOR, buildingId: B, type: "sensor", state: { kind: "water_leak", leak: false, battery: 70 } },
  { id: OFF, buildingId: B, type: "lock", state: { locked: true, battery: 50 } },
];
const topic = (d: string, leaf: string) => `buildingos/${B}/devices/${d}/${leaf}`;
const hour = 3_600_000;

let broker: RunningBroker;
let observer: MqttClient;
let sim: Simulator | undefined;
/** every message the observer saw, in order */
let seen: { topic: string; text: string; retain: boolean }[] = [];

beforeAll(async () => {
  broker = await startMqttBroker();
  observer = await mqtt.connectAsync(broker.url, { clientId: "sim-test-observer", clean: true });
  observer.on("message", (t, p, packet) =>
    seen.push({ topic: t, text: p.toString(), retain: packet.retain }),
  );
  await observer.subscribeAsync(`buildingos/${B}/#`, { qos: 1 });
});

afterEach(async () => {
  await sim?.stop();
  sim = undefined;
  seen = [];
});

afterAll(async () => {
  await observer.endAsync();
  await broker.stop();
});

async function waitFor<T>(pick: () => T | undefined, ms = 3000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = pick();
    if (v !== undefined) return v;
    if (Date.now() > until) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
}
const lastOn = (t: string) => [...seen].reverse().find((m) => m.topic === t);
const jsonOn = (t: string, pred: (v: Record<string, unknown>) => boolean = () => true) =>
  waitFor(() => {
    for (const m of seen) {
      if (m.topic !== t) continue;
      const v = JSON.parse(m.text) as Record<string, unknown>;
      if (pred(v)) return v;
    }
  });
async function command(d: string, body: Record<string, unknown>) {
  const now = Date.now();
  await observer.publishAsync(
    topic(d, "commands"),
    JSON.stringify({
      params: {},
      issuedAt: new Date(now).toISOString(),
      expiresAt: new Date(now + 5000).toISOString(),
      ...body,
    }),
    { qos: 1 },
  );
  return jsonOn(topic(d, "acks"), (a) => a.commandId === body.commandId).then((a) =>
    ackMessageSchema.parse(a),
  );
}

describe("device simulator", () => {
  it("announces each device online and its state, both retained, and keeps offline devices offline", async () => {
    sim = await startSimulator({ url: broker.url, devices, offline: [OFF], ackMs: 5 });
    const late = await mqtt.connectAsync(broker.url, { clientId: "sim-test-late", clean: true });
    const retained: Record<string, string> = {};
    late.on("message", (t, p, packet) => {
      if (packet.retain) retained[t] = p.toString();
    });
    await late.subscribeAsync(`buildingos/${B}/#`, { qos: 1 });
    await waitFor(() => (Object.keys(retained).length >= 5 ? true : undefined));
    await late.endAsync();
    expect(retained[topic(LOCK, "availability")]).toBe("online");
    expect(retained[topic(SENSOR, "availability")]).toBe("online");
    expect(retained[topic(OFF, "availability")]).toBe("offline");
    expect(retained[topic(OFF, "state")]).toBeUndefined();
    const lock = JSON.parse(retained[topic(LOCK, "state")]);
    expect(lock).toMatchObject({ locked: true, battery: 80 });
    expect(Date.parse(lock.ts)).toBeGreaterThan(Date.now() - 10_000);
    expect(JSON.parse(retained[topic(SENSOR, "state")])).toMatchObject({ kind: "water_leak", leak: false });
  });

  it("unlocks after the configured latency, acknowledges with the new state and republishes it", async () => {
    sim = await startSimulator({ url: broker.url, devices, ackMs: 120 });
    const sent = Date.now();
    const ack = await command(LOCK, { commandId: "cmd-unlock-1", action: "unlock" });
    const took = Date.now() - sent;
    expect(ack).toMatchObject({ status: "ok", state: { locked: false } });
    expect(took).toBeGreaterThanOrEqual(80);
    const state = await jsonOn(topic(LOCK, "state"), (s) => s.locked === false);
    expect(lastOn(topic(LOCK, "state"))?.retain).toBe(false); // live delivery to a subscriber is not flagged
    expect(state.ts).toEqual(expect.any(String));
    const relock = await command(LOCK, { commandId: "cmd-lock-1", action: "lock" });
    expect(relock.state).toMatchObject({ locked: true });
  });

  it("answers a redelivered command with the same ack instead of running it twice", async () => {
    sim = await startSimulator({ url: broker.url, devices, ackMs: 5 });
    await command(LOCK, { commandId: "cmd-dup", action: "unlock" });
    await command(LOCK, { commandId: "cmd-dup", action: "unlock" });
    await waitFor(() => (seen.filter((m) => m.topic === topic(LOCK, "acks")).length >= 2 ? true : undefined));
    expect(sim.devices.get(LOCK)?.commandsHandled).toBe(1);
  });

  it("rejects expired commands, lock actions on a sensor and bad code parameters; fails at the failure rate", async () => {
    sim = await startSimulator({ url: broker.url, devices, ackMs: 5 });
    const expired = await command(LOCK, {
      commandId: "cmd-old",
      action: "unlock",
      expiresAt: new Date(Date.now() - 1000).toISOString(),
    });
    expect(expired).toMatchObject({ status: "rejected", reason: "expired" });
    expect(await command(SENSOR, { commandId: "cmd-s", action: "unlock" })).toMatchObject({
      status: "rejected",
    });
    expect(await command(SENSOR, { commandId: "cmd-r", action: "refresh" })).toMatchObject({
      status: "ok",
      state: { kind: "water_leak" },
    });
    const bad = await command(LOCK, { commandId: "cmd-bad", action: "set_code", params: { codeId: "x" } });
    expect(bad.status).toBe("rejected");
    await sim.stop();
    seen = [];
    sim = await startSimulator({ url: broker.url, devices, ackMs: 5, failureRate: 1 });
    expect(await command(LOCK, { commandId: "cmd-fail", action: "lock" })).toMatchObject({
      status: "failed",
      reason: "simulated failure",
    });
  });

  it("grants a PIN set by set_code only while it is valid, denies others, forgets deleted codes", async () => {
    sim = await startSimulator({ url: broker.url, devices, ackMs: 5 });
    const now = Date.now();
    const set = await command(LOCK, {
      commandId: "cmd-code",
      action: "set_code",
      params: {
        codeId: "code_guest",
        pin: "482910",
        validFrom: new Date(now - hour).toISOString(),
        validUntil: new Date(now + hour).toISOString(),
      },
    });
    expect(set.status).toBe("ok");
    await command(LOCK, {
      commandId: "cmd-future",
      action: "set_code",
      params: {
        codeId: "code_future",
        pin: "111222",
        validFrom: new Date(now + hour).toISOString(),
        validUntil: new Date(now + 2 * hour).toISOString(),
      },
    });
    const granted = accessEventMessageSchema.parse(await sim.enterPin(LOCK, "482910"));
    expect(granted).toMatchObject({ type: "access", method: "pin", result: "granted", codeId: "code_guest" });
    expect(await sim.enterPin(LOCK, "000000")).toMatchObject({ result: "denied" });
    expect((await sim.enterPin(LOCK, "111222")).result).toBe("denied");
    const onWire = await jsonOn(topic(LOCK, "events"), (e) => e.eventId === granted.eventId);
    expect(accessEventMessageSchema.parse(onWire)).toEqual(granted);
    await command(LOCK, { commandId: "cmd-del", action: "delete_code", params: { codeId: "code_guest" } });
    expect((await sim.enterPin(LOCK, "482910")).result).toBe("denied");
  });

  it("takes door events from the control topics, and a power cut publishes the last will", async () => {
    sim = await startSimulator({
      url: broker.url,
      devices,
      ackMs: 5,
      codes: {
        [LOCK]: [
          {
            codeId: "code_seed",
            pin: "1234",
            validFrom: new Date(Date.now() - hour).toISOString(),
            validUntil: new Date(Date.now() + hour).toISOString(),
          },
        ],
      },
    });
    await observer.publishAsync(
      `${sim.controlPrefix}/${B}/${LOCK}/use-code`,
      JSON.stringify({ pin: "1234" }),
      { qos: 1 },
    );
    const e = await jsonOn(topic(LOCK, "events"), (x) => x.codeId === "code_seed");
    expect(e).toMatchObject({ result: "granted", method: "pin" });
    await observer.publishAsync(
      `${sim.controlPrefix}/${B}/${LOCK}/access`,
      JSON.stringify({ method: "nfc", result: "denied" }),
      { qos: 1 },
    );
    await jsonOn(topic(LOCK, "events"), (x) => x.method === "nfc" && x.result === "denied");
    seen = [];
    sim.cut(LOCK);
    await waitFor(() => (lastOn(topic(LOCK, "availability"))?.text === "offline" ? true : undefined));
  });

  it("plays random door events and sensor readings at the configured pace", async () => {
    sim = await startSimulator({
      url: broker.url,
      devices,
      ackMs: 5,
      accessEveryMs: 30,
      telemetryEveryMs: 0,
    });
    const e = await jsonOn(topic(LOCK, "events"));
    expect(accessEventMessageSchema.safeParse(e).success).toBe(true);
  });
});
