import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import * as health from "@/app/api/health/route";
import * as commandsRoute from "@/app/api/v1/devices/[id]/commands/route";
import { AppError } from "@/lib/errors";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import { type RunningBroker, startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { bearer, seedBuilding, seedToken, userActor } from "@/test/api-fixtures";
import { countAccessLogs, seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { connectTestDevice, eventually, type TestDevice } from "@/test/mqtt-device";
import { catchUpAccessCounts } from "../db/access-count-stream";
import { getAccessCountsByDay } from "../db/access-logs";
import { listCommandsByDevice } from "../db/device-commands";
import { MqttBridge } from "../mqtt/bridge";
import { clearMqttLookups } from "../mqtt/lookups";
import { commandDevice } from "../services/devices/command-device";
import { commandsInFlight, isDraining, resetDrainingForTests } from "./draining";
import { closeHttpServers, processSteps, type ShutdownSteps, shutdown } from "./shutdown";

/**
 * The graceful stop on real brokers (aedes, MQTT 3.1.1; Mosquitto, MQTT 5 shared subscriptions): a command in
 * flight still gets its ack, new ones are refused with 503, /api/health says "draining", and a burst of access
 * events published before, during and after the stop is stored exactly once by the instance that comes back
 * with the same client id (its broker session kept the rest).
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const PREFIX = `s${randomUUID().slice(0, 6)}`;
const DAY = new Date().toISOString().slice(0, 10);
const brokers: [string, () => Promise<RunningBroker>][] = [
  ["aedes", () => startMqttBroker()],
  ["mosquitto", () => startMosquitto()],
];

afterEach(() => resetDrainingForTests());

describe.each(brokers)("graceful shutdown on %s", (name, start) => {
  let broker: RunningBroker;
  const bridges: MqttBridge[] = [];
  const devices: TestDevice[] = [];
  beforeAll(async () => {
    broker = await start();
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

  it("answers the command in flight, refuses new ones, and loses no event of a burst across the restart", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const { secret } = await seedToken(b);
    const staff = userActor(b, "staff");
    const lock = await seedDevice(b, { online: true });
    const clientId = `app-${name}-${randomUUID().slice(0, 6)}`;
    const app = new MqttBridge({ url: broker.url, clientId, prefix: PREFIX, protocol: "auto" }).start();
    bridges.push(app);
    expect(await app.ready()).toBe(true);
    await new Promise((r) => setTimeout(r, 200)); // subscriptions granted
    const dev = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: b,
      deviceId: lock.id,
      autoAck: "ok",
      ackDelayMs: 600,
    });
    devices.push(dev);

    const inFlight = commandDevice(staff, { deviceId: lock.id, action: "unlock" }, { bridge: app });
    await eventually(() => dev.commands.length === 1, 5_000, "command delivered");
    expect(commandsInFlight()).toBe(1);

    const N = 600;
    const sends: Promise<string>[] = [];
    const steps: ShutdownSteps = {
      ...processSteps,
      stopJobs: async () => ({}),
      closeHttp: async () => ({}),
      stopMqtt: (ms) => app.stop({ drainMs: ms }),
    };
    let stopping: ReturnType<typeof shutdown> | undefined;
    for (let i = 0; i < N; i++) {
      sends.push(dev.event({ ts: new Date().toISOString() }));
      if (i === 200) stopping = shutdown({ signal: "SIGTERM", deadlineMs: 8_000, steps });
      if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
    }
    expect(isDraining()).toBe(true);
    const refused = await commandDevice(staff, { deviceId: lock.id, action: "lock" }, { bridge: app }).catch(
      (e) => e,
    );
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("unavailable");
    const viaApi = await commandsRoute.POST(
      new Request(`http://localhost/api/v1/devices/${lock.id}/commands`, {
        method: "POST",
        headers: { ...bearer(secret), "content-type": "application/json" },
        body: JSON.stringify({ action: "lock" }),
      }),
      { params: Promise.resolve({ id: lock.id }) },
    );
    expect(viaApi.status).toBe(503);
    expect(((await viaApi.json()) as { error: { code: string } }).error.code).toBe("unavailable");
    const h = await health.GET(new Request("http://localhost/api/health"));
    expect(h.status).toBe(503);
    expect(((await h.json()) as { status: string }).status).toBe("draining");

    const result = await stopping;
    expect(result?.code).toBe(0);
    expect((await inFlight).status).toBe("acknowledged");
    // nothing of the refused commands was stored or sent
    const stored = await listCommandsByDevice({ buildingId: b, deviceId: lock.id, limit: 10 });
    expect(stored.items.map((c) => c.status)).toEqual(["acknowledged"]);
    expect(dev.commands).toHaveLength(1);
    await Promise.all(sends); // the rest was published while no instance was connected

    resetDrainingForTests();
    const again = new MqttBridge({ url: broker.url, clientId, prefix: PREFIX, protocol: "auto" }).start();
    bridges.push(again);
    await again.ready();
    await eventually(async () => (await countAccessLogs(b, lock.id)) >= N, 30_000, `${N} logs`);
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAccessLogs(b, lock.id)).toBe(N);
    // the day counter counts the stream's INSERTs; two readers at once, as two instances would
    await Promise.all([catchUpAccessCounts(), catchUpAccessCounts()]);
    const [day] = await getAccessCountsByDay({ buildingId: b, fromDay: DAY, toDay: DAY });
    expect(day?.total).toBe(N);
    // a redelivered event is written again (same item): the rows and the counter above are what is exact
    expect(app.metrics.eventsStored + again.metrics.eventsStored).toBeGreaterThanOrEqual(N);
  }, 60_000);

  it("a graceful stop while events stream in leaves the unhandled ones to the kept session: all stored once", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const lock = await seedDevice(b);
    const clientId = `app-${name}-stream-${randomUUID().slice(0, 6)}`;
    const app = new MqttBridge({ url: broker.url, clientId, prefix: PREFIX, protocol: "auto" }).start();
    bridges.push(app);
    await app.ready();
    await new Promise((r) => setTimeout(r, 200));
    const dev = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: b,
      deviceId: lock.id,
    });
    devices.push(dev);
    const N = 1000;
    const sends = Array.from({ length: N }, () => dev.event({ ts: new Date().toISOString() }));
    await eventually(() => app.metrics.received >= 50, 10_000, "first events received");
    const summary = await app.stop({ drainMs: 8_000 });
    expect(summary).toMatchObject({ drained: true, sessionKept: true });
    await Promise.all(sends);
    const again = new MqttBridge({ url: broker.url, clientId, prefix: PREFIX, protocol: "auto" }).start();
    bridges.push(again);
    await again.ready();
    await eventually(async () => (await countAccessLogs(b, lock.id)) >= N, 30_000, `${N} logs`);
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAccessLogs(b, lock.id)).toBe(N);
    // a redelivered event is written again (same item): the rows and the counter above are what is exact
    expect(app.metrics.eventsStored + again.metrics.eventsStored).toBeGreaterThanOrEqual(N);
    console.log(
      `${name}: stored before the stop ${app.metrics.eventsStored}, left for redelivery ${summary.leftForRedelivery}, after ${again.metrics.eventsStored}`,
    );
  }, 60_000);
});

describe("a scaled-in instance on Mosquitto (no INSTANCE_ID: its session ends)", () => {
  let broker: RunningBroker;
  beforeAll(async () => {
    broker = await startMosquitto();
  });
  afterAll(async () => {
    await broker?.stop();
  });

  it("leaves the share group mid-burst: the other instance gets the rest, each event stored once", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const lock = await seedDevice(b);
    const make = () =>
      new MqttBridge({
        url: broker.url,
        clientId: `app-scalein-${randomUUID().slice(0, 6)}`,
        prefix: PREFIX,
        protocol: 5,
      }).start();
    const [leaving, staying] = [make(), make()];
    await Promise.all([leaving.ready(), staying.ready()]);
    await new Promise((r) => setTimeout(r, 200));
    const dev = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: b,
      deviceId: lock.id,
    });
    try {
      const N = 600;
      const sends: Promise<string>[] = [];
      let stopped: ReturnType<MqttBridge["stop"]> | undefined;
      for (let i = 0; i < N; i++) {
        sends.push(dev.event({ ts: new Date().toISOString() }));
        if (i === 150) stopped = leaving.stop({ endSession: true, drainMs: 8_000 });
        if (i % 50 === 0) await new Promise((r) => setTimeout(r, 5));
      }
      await Promise.all(sends);
      const summary = await stopped;
      expect(summary).toMatchObject({ drained: true, sessionKept: false, leftForRedelivery: 0 });
      await eventually(async () => (await countAccessLogs(b, lock.id)) >= N, 30_000, `${N} logs`);
      await new Promise((r) => setTimeout(r, 300));
      expect(await countAccessLogs(b, lock.id)).toBe(N);
      expect(leaving.metrics.eventsStored).toBeGreaterThan(0);
      expect(staying.metrics.eventsStored).toBeGreaterThan(0);
      expect(leaving.metrics.eventsStored + staying.metrics.eventsStored).toBe(N);
    } finally {
      await dev.stop();
      await staying.stop({ force: true, endSession: true });
    }
  }, 60_000);
});

describe("closeHttpServers", () => {
  it("lets the request under way finish and takes no new connection", async () => {
    const server = createServer((_req, res) => {
      setTimeout(() => res.end("done"), 300);
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
    const port = (server.address() as { port: number }).port;
    const slow = fetch(`http://127.0.0.1:${port}/`).then((r) => r.text());
    await new Promise((r) => setTimeout(r, 50));
    const t = Date.now();
    const closed = await closeHttpServers(5_000);
    expect(closed).toEqual({ servers: 1, drained: true });
    expect(Date.now() - t).toBeLessThan(2_000);
    expect(await slow).toBe("done");
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });
});
