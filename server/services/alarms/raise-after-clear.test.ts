import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { RunningBroker } from "@/scripts/stack/mqtt-broker";
import { startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { listAlarmsByDevice } from "@/server/db/alarms";
import { listNotifications } from "@/server/db/notifications";
import { MqttBridge } from "@/server/mqtt/bridge";
import { seedDevice } from "@/test/device-fixtures";
import { connectTestDevice, eventually, type TestDevice } from "@/test/mqtt-device";
import { seedTicketBuilding } from "../shared/test-fixtures";

/**
 * A device that reports a condition over and then back again (a sensor flapping: `active:false`, then
 * `active:true`), on a real broker and DynamoDB Local. The bridge handles a device's messages concurrently, so the
 * clear can still be in flight when the raise arrives: the raise finds the old alarm's "open" marker and counts a
 * repeat, while the clear writes the alarm cleared. Whichever of the two writes lands first, the building must not
 * end with no open alarm while the device's last word is "active": the raise opens a new alarm (and staff are told)
 * when the clear landed first, and the clear, dated before the repeat, leaves the alarm open when the repeat landed
 * first. Each interleaving is made certain by holding one write until the other has landed (the real writes run;
 * only their order is chosen).
 */
const gate = vi.hoisted(() => ({
  /** which write lands first while armed */
  first: null as null | "clear" | "count",
  /** resolves the hold of the write that goes second */
  release: null as null | (() => void),
  held: null as null | Promise<void>,
  /** "clear" first: the clear's write waits until the raise has found the old alarm open and come to its count */
  atCount: null as null | (() => void),
  raiseAtCount: null as null | Promise<void>,
  /** the raise reached its count and the clear its write, in the order chosen (not after a fallback timeout) */
  order: [] as string[],
}));

vi.mock("@/server/db/alarms", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/server/db/alarms")>();
  const within = (p: Promise<void> | null) =>
    Promise.race([p ?? Promise.resolve(), new Promise<void>((r) => setTimeout(r, 5_000))]);
  const landed = (what: string) => {
    gate.order.push(what);
    gate.release?.();
  };
  return {
    ...real,
    saveAlarmStatus: async (input: Parameters<typeof real.saveAlarmStatus>[0]) => {
      if (!gate.first || input.next.status !== "cleared") return real.saveAlarmStatus(input);
      await within(gate.first === "count" ? gate.held : gate.raiseAtCount);
      const out = await real.saveAlarmStatus(input);
      landed("clear");
      return out;
    },
    touchAlarm: async (input: Parameters<typeof real.touchAlarm>[0]) => {
      if (!gate.first) return real.touchAlarm(input);
      if (gate.first === "clear") {
        gate.atCount?.();
        await within(gate.held);
      }
      const out = await real.touchAlarm(input);
      landed("count");
      return out;
    },
  };
});

function arm(first: "clear" | "count") {
  gate.held = new Promise((r) => {
    gate.release = r;
  });
  gate.raiseAtCount = new Promise((r) => {
    gate.atCount = r;
  });
  gate.order = [];
  gate.first = first;
}

/** the interleaving the test is about did happen (not a fallback timeout) */
const interleaved = (order: string[]) => expect(gate.order).toEqual(order);

const PREFIX = `t${randomUUID().slice(0, 6)}`;
let broker: RunningBroker;
let app: MqttBridge;
const devices: TestDevice[] = [];

beforeAll(async () => {
  broker = await startMqttBroker();
  app = new MqttBridge({
    url: broker.url,
    clientId: `app-${PREFIX}`,
    prefix: PREFIX,
    protocol: "auto",
  }).start();
  await app.ready();
}, 60_000);
afterEach(() => {
  gate.first = null;
});
afterAll(async () => {
  await Promise.allSettled(devices.map((d) => d.stop()));
  await app?.stop({ force: true });
  await broker?.stop();
});

async function sensor() {
  const h = await seedTicketBuilding();
  const s = await seedDevice(h.b, {
    type: "sensor",
    unitId: h.unit1.id,
    name: "Bedroom sensor",
    online: true,
  });
  const dev = await connectTestDevice({ url: broker.url, prefix: PREFIX, buildingId: h.b, deviceId: s.id });
  devices.push(dev);
  const handled = app.metrics.alarmsApplied;
  // each message dated after the one before, as a device's clock runs: two sent within one millisecond would
  // carry the same time, and "the clear, dated before the repeat" would not hold (it failed CI once that way)
  let lastTs = 0;
  const nextTs = () => {
    lastTs = Math.max(Date.now(), lastTs + 1);
    return new Date(lastTs).toISOString();
  };
  const send = async (eventId: string, active: boolean) =>
    dev.raw(
      "events",
      JSON.stringify({
        eventId,
        type: "alarm",
        cause: "temperature",
        active,
        value: 33,
        ts: nextTs(),
      }),
    );
  return {
    h,
    send,
    /** waits until the bridge has handled n of this test's alarm messages */
    handled: (n: number) =>
      eventually(() => app.metrics.alarmsApplied - handled >= n, 10_000, `${n} handled`),
    alarms: () => listAlarmsByDevice({ buildingId: h.b, deviceId: s.id, limit: 10 }).then((p) => p.items),
    staffNotices: () =>
      listNotifications({ buildingId: h.b, userId: h.users.staff.id, limit: 50 }).then((p) =>
        p.items.filter((n) => n.kind === "alarm"),
      ),
  };
}

describe("a clear still in flight when the condition comes back", () => {
  it("clear stored first: opens a new alarm for the raise and tells staff again", async () => {
    const t = await sensor();
    await t.send("first", true);
    await t.handled(1);
    expect(await t.staffNotices()).toHaveLength(1);

    arm("clear");
    await t.send("over", false);
    await t.send("again", true);
    await t.handled(3);
    interleaved(["clear", "count"]);

    const [newest, old] = await t.alarms();
    expect(old).toMatchObject({ status: "cleared", count: 1 });
    expect(newest).toMatchObject({ status: "active", count: 1, cause: "temperature" });
    expect(newest.rulesFiredAt).toBeTruthy();
    expect(await t.staffNotices()).toHaveLength(2);

    // a QoS 1 redelivery of the raise changes nothing
    gate.first = null;
    await t.send("again", true);
    await t.handled(4);
    expect((await t.alarms()).map((a) => [a.status, a.count])).toEqual([
      ["active", 1],
      ["cleared", 1],
    ]);
    expect(await t.staffNotices()).toHaveLength(2);
  });

  it("repeat stored first: the clear, dated before it, leaves the alarm open", async () => {
    const t = await sensor();
    await t.send("first", true);
    await t.handled(1);

    arm("count");
    await t.send("over", false);
    await t.send("again", true);
    await t.handled(3);
    interleaved(["count", "clear"]);

    // one alarm, open since the first raise (staff were told then), with the repeat counted
    expect((await t.alarms()).map((a) => [a.status, a.count])).toEqual([["active", 2]]);
    expect(await t.staffNotices()).toHaveLength(1);
    // the device's next clear, dated after the repeat, clears it
    gate.first = null;
    await t.send("over-again", false);
    await t.handled(4);
    expect((await t.alarms()).map((a) => [a.status, a.count])).toEqual([["cleared", 2]]);
  });

  it("does not open one for a redelivery of a repeat the cleared alarm already counted", async () => {
    const t = await sensor();
    await t.send("first", true);
    await t.send("repeat", true);
    await t.handled(2);
    expect((await t.alarms()).map((a) => [a.status, a.count])).toEqual([["active", 2]]);

    arm("clear");
    await t.send("over", false);
    await t.send("repeat", true); // redelivered while the clear is in flight
    await t.handled(4);
    interleaved(["clear", "count"]);

    expect((await t.alarms()).map((a) => [a.status, a.count])).toEqual([["cleared", 2]]);
    expect(await t.staffNotices()).toHaveLength(1);
  });
});
