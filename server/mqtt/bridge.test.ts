import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import type { RunningBroker } from "@/scripts/stack/mqtt-broker";
import { startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { countAccessLogs, seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { connectTestDevice, eventually, type TestDevice } from "@/test/mqtt-device";
import { catchUpAccessCounts } from "../db/access-count-stream";
import { getAccessCountsByDay } from "../db/access-logs";
import { listAuditEventsByTarget } from "../db/audit-events";
import { db } from "../db/client";
import { findCommand } from "../db/device-commands";
import { findDevice } from "../db/devices";
import {
  type LiveUpdate,
  publishLiveUpdate,
  setLiveFanOut,
  subscribeLiveUpdates,
} from "../live/live-updates";
import { commandDevice } from "../services/devices/command-device";
import { type BridgeOptions, MqttBridge } from "./bridge";
import { clearMqttLookups } from "./lookups";

/**
 * The MQTT contract end to end, on real brokers: the embedded aedes (MQTT 3.1.1) and a real Mosquitto (MQTT 5,
 * shared subscriptions), the same scenarios on both. Devices are real MQTT clients (test/mqtt-device.ts).
 */
const PREFIX = `t${randomUUID().slice(0, 6)}`;
process.env.COMMAND_TIMEOUT_MS = "700";
// events are dated today: DynamoDB Local's TTL sweeper deletes logs older than their retention
const DAY = new Date().toISOString().slice(0, 10);
const at = (second: number) => new Date(Date.parse(`${DAY}T00:00:00.000Z`) + second * 1000).toISOString();

/**
 * Counts the UpdateItems in flight on the items of these devices (their records, their telemetry), through a
 * middleware on the app's DynamoDB client: the most seen at once is what the bridge let run together.
 */
function countUpdatesInFlight(deviceIds: string[]) {
  const name = `count-updates-${randomUUID()}`;
  let running = 0;
  const counter = { most: 0, stop: () => db().middlewareStack.remove(name) };
  db().middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as { Key?: { pk?: unknown; sk?: unknown }; UpdateExpression?: string };
      const key = JSON.stringify(input.Key ?? "");
      if (input.UpdateExpression === undefined || !deviceIds.some((d) => key.includes(d))) return next(args);
      running++;
      counter.most = Math.max(counter.most, running);
      try {
        return await next(args);
      } finally {
        running--;
      }
    },
    { step: "initialize", name },
  );
  return counter;
}

const brokers: [string, () => Promise<RunningBroker>][] = [
  ["aedes", () => startMqttBroker()],
  ["mosquitto", () => startMosquitto()],
];

describe.each(brokers)("MQTT bridge on %s", (name, start) => {
  let broker: RunningBroker;
  const b = newBuildingId();
  const staff = userActor(b, "staff");
  const bridges: MqttBridge[] = [];
  const devices: TestDevice[] = [];
  const bridge = (
    clientId = `app-${name}-${randomUUID().slice(0, 8)}`,
    opts: Pick<BridgeOptions, "reportConcurrency"> = {},
  ) => {
    const x = new MqttBridge({
      url: broker.url,
      clientId,
      prefix: PREFIX,
      protocol: "auto",
      ...opts,
    }).start();
    bridges.push(x);
    return x;
  };
  const device = async (deviceId: string, autoAck: "ok" | null = "ok", buildingId = b) => {
    const d = await connectTestDevice({ url: broker.url, prefix: PREFIX, buildingId, deviceId, autoAck });
    devices.push(d);
    return d;
  };

  beforeAll(async () => {
    broker = await start();
    await seedBuilding(b);
    clearMqttLookups();
  });
  // every test starts with no app instance left over: on one broker they would share the events
  afterEach(async () => {
    await Promise.allSettled(devices.splice(0).map((d) => d.stop()));
    await Promise.allSettled(bridges.splice(0).map((x) => x.stop({ force: true, endSession: true })));
  });
  afterAll(async () => {
    await broker?.stop();
  });

  it("negotiates the protocol: shared subscriptions on MQTT 5 only", async () => {
    const app = bridge();
    expect(await app.ready()).toBe(true);
    expect(app.protocolVersion).toBe(name === "aedes" ? 4 : 5);
    expect(app.sharedEvents).toBe(name === "mosquitto");
  });

  it("sends a command and resolves it with the device's ack, audited; state and availability reach the record", async () => {
    const lock = await seedDevice(b);
    const app = bridge();
    await app.ready();
    const dev = await device(lock.id);
    await dev.online();
    await dev.state({ locked: true, battery: 87 });
    await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === true);
    await eventually(
      async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.state.battery === 87,
    );
    const cmd = await commandDevice(staff, { deviceId: lock.id, action: "unlock" }, { bridge: app });
    expect(cmd.status).toBe("acknowledged");
    expect(dev.commands.map((c) => c.commandId)).toEqual([cmd.id]);
    const stored = await findCommand({ buildingId: b, deviceId: lock.id, commandId: cmd.id });
    expect(stored?.status).toBe("acknowledged");
    await eventually(async () => {
      const audit = await listAuditEventsByTarget({ buildingId: b, targetType: "command", targetId: cmd.id });
      return audit.items.length === 1 && audit.items[0]?.result === "success";
    });
  });

  it("times out a command the device never acknowledges", async () => {
    const lock = await seedDevice(b);
    const app = bridge();
    await app.ready();
    const dev = await device(lock.id, null);
    await dev.online();
    await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === true);
    const cmd = await commandDevice(staff, { deviceId: lock.id, action: "lock" }, { bridge: app });
    expect(cmd.status).toBe("timed_out");
    expect(dev.commands).toHaveLength(1);
    expect(Date.parse(cmd.endedAt ?? "")).toBeGreaterThanOrEqual(Date.parse(cmd.expiresAt));
  });

  it("refuses at once, and stores, a command to an offline device or through a disconnected broker", async () => {
    const lock = await seedDevice(b);
    const app = bridge();
    await app.ready();
    const dev = await device(lock.id);
    await dev.offline();
    const t0 = Date.now();
    const cmd = await commandDevice(staff, { deviceId: lock.id, action: "unlock" }, { bridge: app });
    expect(cmd.status).toBe("unreachable");
    expect(cmd.reason).toMatch(/offline/);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect((await findCommand({ buildingId: b, deviceId: lock.id, commandId: cmd.id }))?.status).toBe(
      "unreachable",
    );
    const down = await commandDevice(staff, { deviceId: lock.id, action: "unlock" }, { bridge: null });
    expect(down.status).toBe("unreachable");
    expect(down.reason).toMatch(/broker/);
    expect(dev.commands).toHaveLength(0);
  });

  it("handles a burst of sensor readings a few at a time, each stored once", async () => {
    // aedes has no in-flight window: all 120 arrive at once, and before the bound all 120 updates ran at once
    const app = bridge(undefined, { reportConcurrency: 3 });
    await app.ready();
    const sensor = await seedDevice(b, { type: "sensor", name: "Burst climate" });
    const dev = await device(sensor.id, null);
    const inFlight = countUpdatesInFlight([sensor.id]);
    try {
      const reading = (j: number) =>
        JSON.stringify({
          eventId: randomUUID(),
          type: "telemetry",
          readings: { temperature: 20 },
          ts: at(j * 30),
        });
      await Promise.all(Array.from({ length: 120 }, (_, j) => dev.raw("events", reading(j))));
      await eventually(() => app.metrics.telemetryApplied + app.metrics.telemetryDuplicate >= 120, 30_000);
    } finally {
      inFlight.stop();
    }
    expect(app.metrics.telemetryApplied).toBe(120);
    expect(inFlight.most).toBe(3);
  });

  it("applies the retained state of many devices a few at a time", async () => {
    const own = newBuildingId();
    await seedBuilding(own);
    const locks = await Promise.all(Array.from({ length: 40 }, () => seedDevice(own)));
    const devs = await Promise.all(locks.map((l) => device(l.id, null, own)));
    // retained before the app subscribes: all 40 arrive together on its new subscription
    await Promise.all(devs.map((d, i) => d.state({ locked: i % 2 === 0 })));
    const inFlight = countUpdatesInFlight(locks.map((l) => l.id));
    try {
      const app = bridge(undefined, { reportConcurrency: 3 });
      await eventually(() => app.metrics.statesApplied >= 40, 20_000, "40 states");
    } finally {
      inFlight.stop();
    }
    // a state is one conditional update of the device (a lock's battery would add its reading beside it)
    expect(inFlight.most).toBeGreaterThan(0);
    expect(inFlight.most).toBeLessThanOrEqual(3 * 2);
  });

  it("stores an event delivered twice once, counted once", async () => {
    const own = newBuildingId(); // a building of its own: the day counter sees only this test's events
    await seedBuilding(own);
    const lock = await seedDevice(own);
    const app = bridge();
    await app.ready();
    const dev = await device(lock.id, "ok", own);
    const ts = at(1);
    const eventId = await dev.event({ ts });
    await dev.event({ eventId, ts });
    await eventually(() => app.metrics.eventsStored + app.metrics.eventsDuplicate >= 2);
    expect(await countAccessLogs(own, lock.id)).toBe(1);
    // the day counter counts the stream's INSERTs; two readers at once, as two instances would
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    const [day] = await getAccessCountsByDay({ buildingId: own, fromDay: DAY, toDay: DAY });
    expect(day?.total).toBe(1);
  });

  it("keeps its session: 1,000 events published while the app is down are all stored once on return", async () => {
    const own = newBuildingId();
    await seedBuilding(own);
    const lock = await seedDevice(own);
    const clientId = `app-${name}-restart-${randomUUID().slice(0, 6)}`;
    const first = bridge(clientId);
    await first.ready();
    await new Promise((r) => setTimeout(r, 200)); // subscriptions granted
    const dev = await device(lock.id, "ok", own);
    const sends: Promise<string>[] = [];
    for (let i = 0; i < 1000; i++) {
      sends.push(dev.event({ ts: at(i) }));
      if (i === 200) await first.stop({ force: true }); // as a crash: nothing drained
    }
    await Promise.all(sends);
    const second = bridge(clientId);
    await second.ready();
    await eventually(async () => (await countAccessLogs(own, lock.id)) >= 1000, 25_000, "1,000 logs");
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAccessLogs(own, lock.id)).toBe(1000);
    // the day counter counts the stream's INSERTs; two readers at once, as two instances would
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    const [day] = await getAccessCountsByDay({ buildingId: own, fromDay: DAY, toDay: DAY });
    expect(day?.total).toBe(1000);
  }, 40_000);

  it("back on its session, it gets the devices' retained state again only where the broker cannot help it", async () => {
    const own = newBuildingId();
    await seedBuilding(own);
    const locks = await Promise.all(Array.from({ length: 5 }, () => seedDevice(own)));
    const devs = await Promise.all(locks.map((l) => device(l.id, "ok", own)));
    await Promise.all(devs.map((d, i) => d.state({ locked: i % 2 === 0, battery: 80 + i })));
    const clientId = `app-${name}-retained-${randomUUID().slice(0, 6)}`;
    const first = bridge(clientId);
    await first.ready();
    // a new subscription: the retained state of every device arrives (this test's five among them)
    await eventually(() => first.metrics.statesApplied >= 5, 10_000, "retained states");
    // a drained stop: every message handled is acknowledged before the connection closes; the session stays
    await first.stop();
    const second = bridge(clientId);
    await second.ready();
    await new Promise((r) => setTimeout(r, 700));
    if (second.protocolVersion === 5) {
      // retain handling 1: the subscriptions exist on the session, so nothing is sent again
      expect(second.metrics.received).toBe(0);
    } else {
      // MQTT 3.1.1 (aedes) has no retain handling: every subscribe brings them all again
      expect(second.metrics.statesApplied).toBeGreaterThanOrEqual(5);
    }
  });

  it("with two app instances stores each event once and each ack reaches its waiter", async () => {
    const lock = await seedDevice(b);
    const [a1, a2] = [bridge(), bridge()];
    await Promise.all([a1.ready(), a2.ready()]);
    await new Promise((r) => setTimeout(r, 200));
    const dev = await device(lock.id);
    await dev.online();
    await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === true);
    await catchUpAccessCounts();
    const before = (await getAccessCountsByDay({ buildingId: b, fromDay: DAY, toDay: DAY }))[0]?.total ?? 0;
    const ids = await Promise.all(Array.from({ length: 100 }, (_, i) => dev.event({ ts: at(i) })));
    await eventually(async () => (await countAccessLogs(b, lock.id)) >= ids.length);
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAccessLogs(b, lock.id)).toBe(100);
    if (name === "mosquitto") {
      // shared subscription: each event went to one instance only
      expect(a1.metrics.eventsStored + a2.metrics.eventsStored).toBe(100);
      expect(a1.metrics.eventsDuplicate + a2.metrics.eventsDuplicate).toBe(0);
    }
    // on aedes both instances write every event (the same item twice): the day counts each once
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    const [day] = await getAccessCountsByDay({ buildingId: b, fromDay: DAY, toDay: DAY });
    expect(day?.total).toBe(before + 100);
    process.env.COMMAND_TIMEOUT_MS = "5000"; // the contract's default: a loaded machine may take over 700 ms
    const cmds = await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        commandDevice(staff, { deviceId: lock.id, action: "refresh" }, { bridge: i % 2 ? a1 : a2 }),
      ),
    );
    process.env.COMMAND_TIMEOUT_MS = "700";
    expect(cmds.map((c) => c.status)).toEqual(Array(10).fill("acknowledged"));
    expect(a1.metrics.acksApplied + a2.metrics.acksApplied).toBe(10);
  }, 30_000);

  it("hands a live update to the other instances once, and not back to the one that sent it", async () => {
    const [a1, a2] = [bridge(), bridge()];
    await Promise.all([a1.ready(), a2.ready()]);
    await new Promise((r) => setTimeout(r, 200));
    const heard: LiveUpdate[] = [];
    const off = subscribeLiveUpdates(b, (u) => heard.push(u));
    const fannedOut: string[] = [];
    setLiveFanOut((buildingId, u) => {
      fannedOut.push(buildingId);
      a1.publishLive(buildingId, u);
    });
    try {
      const update = {
        type: "mission",
        mission: { id: "mis_live", status: "planned" },
      } as unknown as LiveUpdate;
      // on a1's instance: delivered here at once, and through the broker to a2 (both run in this process, so
      // this building's listener hears it twice: once locally, once from a2; a1 skips its own echo)
      publishLiveUpdate(b, update);
      // state every instance hears from the broker itself is not fanned out
      publishLiveUpdate(b, { type: "device", device: { id: "dev_x" } } as unknown as LiveUpdate, {
        heardByEveryInstance: true,
      });
      // a message on the live topic that is not a live update changes nothing
      a2.publishLive(b, { type: "bogus" } as unknown as LiveUpdate);
      await eventually(() => heard.length >= 3);
      await new Promise((r) => setTimeout(r, 400));
      expect(heard.map((u) => u.type)).toEqual(["mission", "device", "mission"]);
      expect(fannedOut).toEqual([b]);
    } finally {
      off();
      setLiveFanOut(null);
    }
  });

  it("acknowledges and counts 500 messages that cannot be stored; another device's command and events still go through", async () => {
    const own = newBuildingId();
    await seedBuilding(own);
    const [bad, good] = [await seedDevice(own), await seedDevice(own)];
    const clientId = `app-${name}-poison-${randomUUID().slice(0, 6)}`;
    const app = bridge(clientId);
    await app.ready();
    await new Promise((r) => setTimeout(r, 200)); // subscriptions granted
    const attacker = await device(bad.id, null, own);
    const ts = new Date().toISOString();
    const deep = (levels: number) => `${'{"n":'.repeat(levels)}1${"}".repeat(levels)}`;
    // all JSON, none storable. The old code let the unsafe numbers, the deep nesting and the 420 KB state through
    // validation to a write that throws; now the bounds refuse them (and every payload over 10 KB before parsing),
    // while the tiny numbers and the empty key still pass them and are refused by DynamoDB itself
    const poison: [string, string][] = Array.from({ length: 500 }, (_, i) => {
      const k = i % 10;
      if (k === 0) return ["state", `{"ts":"${ts}","x":1e300}`]; // the marshaller throws
      if (k === 1) return ["state", `{"ts":"${ts}","a":[{"b":-1e300}]}`];
      if (k === 2) return ["state", `{"ts":"${ts}","x":${deep(40)}}`]; // DynamoDB: nesting over 32 levels
      if (k === 3) return ["state", `{"ts":"${ts}","x":{"y":1e-200}}`]; // DynamoDB: number underflow
      if (k === 4) return ["acks", `{"commandId":"c${i}","status":"ok","state":{"x":1e300}}`];
      if (k === 5 && i % 100 === 5) return ["state", JSON.stringify({ ts, blob: "x".repeat(420 * 1024) })]; // over the 400 KB item limit
      if (k === 5) return ["state", JSON.stringify({ ts, blob: "x".repeat(9 * 1024) })];
      if (k === 6)
        return [
          "events",
          JSON.stringify({
            eventId: `e${i}`,
            type: "access",
            method: "pin",
            result: "granted",
            ts,
            pad: "x".repeat(12 * 1024),
          }),
        ];
      if (k === 7)
        return [
          "state",
          JSON.stringify({ ts, ...Object.fromEntries(Array.from({ length: 600 }, (_, j) => [`k${j}`, j])) }),
        ];
      if (k === 8) return ["acks", `{"commandId":"c${i}","status":"ok","state":${deep(40)}}`];
      return ["state", i % 20 === 9 ? `{"ts":"${ts}","x":-1e-200}` : `{"ts":"${ts}","m":{"":1}}`];
    });
    const before = { ...app.metrics };
    await Promise.all(poison.map(([kind, payload]) => attacker.raw(kind, payload)));
    // another device in the same building: its command is acknowledged and its events stored
    const dev = await device(good.id, "ok", own);
    await dev.online();
    await eventually(async () => (await findDevice({ buildingId: own, deviceId: good.id }))?.online === true);
    process.env.COMMAND_TIMEOUT_MS = "5000";
    const cmd = await commandDevice(
      userActor(own, "staff"),
      { deviceId: good.id, action: "unlock" },
      { bridge: app },
    );
    process.env.COMMAND_TIMEOUT_MS = "700";
    expect(cmd.status).toBe("acknowledged");
    await Promise.all(Array.from({ length: 5 }, (_, i) => dev.event({ ts: at(i) })));
    await eventually(async () => (await countAccessLogs(own, good.id)) === 5, 10_000, "5 logs");
    // every message has reached the app (the poison, and the other device's availability, ack and 5 events)
    await eventually(
      () => app.metrics.received - before.received >= poison.length + 7,
      10_000,
      "all received",
    );
    // the broker holds nothing unacknowledged for the app's session: the instance stops keeping its session
    // (what it is still handling finishes first) and one back with it is given nothing again
    await app.stop();
    const again = bridge(clientId);
    await again.ready();
    await new Promise((r) => setTimeout(r, 1000));
    expect(again.metrics.handlerErrors + again.metrics.poison + again.metrics.malformed).toBe(0);
    // each one counted once, as poison
    expect(app.metrics.poison - before.poison).toBe(poison.length);
    expect(app.metrics.malformed - before.malformed).toBe(0);
    expect(app.metrics.handlerErrors - before.handlerErrors).toBe(0);
    expect((await findDevice({ buildingId: own, deviceId: bad.id }))?.stateAt).toBeNull();
  }, 40_000);

  it("counts malformed and unknown-device messages and changes nothing", async () => {
    const lock = await seedDevice(b, { state: { locked: true }, stateAt: "2026-01-01T00:00:00.000Z" });
    const app = bridge();
    await app.ready();
    await new Promise((r) => setTimeout(r, 200));
    const dev = await device(lock.id);
    const ghost = await device(`ghost_${randomUUID().slice(0, 8)}`);
    const before = { ...app.metrics };
    await dev.raw("events", "{not json");
    await dev.raw(
      "events",
      JSON.stringify({ eventId: "x", type: "access", method: "teleport", result: "granted" }),
    );
    await dev.raw("state", JSON.stringify({ locked: false })); // no ts
    await dev.raw("availability", "maybe");
    await dev.raw("acks", JSON.stringify({ status: "ok" }));
    await ghost.event();
    await ghost.state({ locked: false });
    await eventually(
      () =>
        app.metrics.malformed - before.malformed >= 5 &&
        app.metrics.unknownDevice - before.unknownDevice >= 2,
    );
    expect(app.metrics.malformed - before.malformed).toBe(5);
    expect(app.metrics.unknownDevice - before.unknownDevice).toBe(2);
    expect(await countAccessLogs(b, lock.id)).toBe(0);
    expect(await countAccessLogs(b, ghost.client.options.clientId ?? "none")).toBe(0);
    const d = await findDevice({ buildingId: b, deviceId: lock.id });
    expect(d?.state).toEqual({ locked: true });
    expect(d?.online).toBe(false);
    expect(app.connected).toBe(true);
  });
});
