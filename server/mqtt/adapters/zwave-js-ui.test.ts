import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DoorCode } from "@/lib/domain/device";
import { ZwaveJsUiDevice } from "@/scripts/simulator/dialects/zwave-js-ui-device";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import type { RunningBroker } from "@/scripts/stack/mqtt-broker";
import { startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { eventually } from "@/test/mqtt-device";
import { listAccessLogsByDevice } from "../../db/access-logs";
import { findDevice } from "../../db/devices";
import { createDoorCode, getDoorCode } from "../../db/door-codes";
import { listPinSlots } from "../../db/pin-slots";
import { commandDevice } from "../../services/devices/command-device";
import { registerDevice } from "../../services/devices/register-device";
import { MqttBridge } from "../bridge";
import { clearMqttLookups } from "../lookups";

/**
 * The third dialect end to end on real brokers (aedes, MQTT 3.1.1; Mosquitto, MQTT 5): the app's bridge and an
 * outside MQTT client playing a Z-Wave keypad deadbolt behind a Z-Wave JS UI gateway as its docs and source
 * describe it (scripts/simulator/dialects/zwave-js-ui-device.ts), registered through the registry service.
 */
process.env.COMMAND_TIMEOUT_MS = "1500";

const brokers: [string, () => Promise<RunningBroker>][] = [
  ["aedes", () => startMqttBroker()],
  ["mosquitto", () => startMosquitto()],
];

describe.each(brokers)("Z-Wave JS UI on %s", (name, start) => {
  let broker: RunningBroker;
  const b = newBuildingId();
  const manager = userActor(b, "manager");
  const stops: (() => Promise<unknown>)[] = [];
  let app: MqttBridge;
  let nextNode = 10;

  const lock = async (over: { retainValues?: boolean; pinSlots?: number } = {}) => {
    const nodeId = nextNode++;
    const nodeName = `door_${randomUUID().slice(0, 8)}`;
    const gatewayName = `gw${randomUUID().slice(0, 6)}`;
    const device = await registerDevice(manager, {
      type: "lock",
      name: nodeName,
      unitId: null,
      model: "Yale YRD256 (Z-Wave)",
      location: "Test",
      protocol: "zwave-js-ui",
      address: {
        prefix: "zwave",
        gatewayName,
        nodeId,
        nodeName,
        endpoint: 0,
        ...(over.pinSlots ? { pinSlots: over.pinSlots } : {}),
      },
    });
    const sim = await ZwaveJsUiDevice.connect({
      url: broker.url,
      gatewayName,
      nodeId,
      nodeName,
      retainValues: over.retainValues,
    });
    stops.push(() => sim.stop());
    return { device, sim };
  };
  const stored = (deviceId: string) => findDevice({ buildingId: b, deviceId });
  const send = (
    deviceId: string,
    action: "lock" | "unlock" | "refresh" | "set_code" | "delete_code",
    params = {},
  ) => commandDevice(manager, { deviceId, action, params }, { bridge: app });
  const logs = async (deviceId: string) => (await listAccessLogsByDevice({ buildingId: b, deviceId })).items;

  beforeAll(async () => {
    broker = await start();
    await seedBuilding(b);
  });
  afterEach(async () => {
    await Promise.allSettled(stops.splice(0).map((s) => s()));
    await app?.stop({ force: true, endSession: true });
  });
  afterAll(async () => {
    await broker?.stop();
  });
  const startApp = async () => {
    clearMqttLookups();
    app = new MqttBridge({
      url: broker.url,
      clientId: `app-${name}-${randomUUID().slice(0, 8)}`,
      prefix: "bos",
      protocol: "auto",
    }).start();
    await app.ready();
    await new Promise((r) => setTimeout(r, 150)); // subscriptions granted
  };

  it("lock/unlock: a retained stale currentMode never acknowledges; the API's 255 or the reported mode does; Lock jammed fails; an API error fails with its message; a refused value is rejected", async () => {
    const { device, sim } = await lock({ retainValues: true });
    await sim.alive(true);
    await sim.publishValues(); // retained: handed to the app when it subscribes
    await startApp();
    await eventually(async () => (await stored(device.id))?.state.locked === true, 5000, "retained mode");
    expect((await stored(device.id))?.online).toBe(true);

    sim.silent = true;
    const stale = await send(device.id, "lock");
    expect(stale.status).toBe("timed_out"); // the retained Secured was there all along: it is no answer
    expect(sim.calls.at(-1)).toMatchObject({
      api: "writeValue",
      payload: {
        args: [
          { nodeId: device.address?.nodeId, commandClass: 98, endpoint: 0, property: "targetMode" },
          255,
        ],
        requestId: stale.id,
      },
    });
    sim.silent = false;

    // unsupervised (254): acknowledged by the currentMode report that follows
    const unlocked = await send(device.id, "unlock");
    expect(unlocked.status).toBe("acknowledged");
    expect(unlocked.resultState).toMatchObject({ currentMode: 0, locked: false });
    await eventually(async () => (await stored(device.id))?.state.locked === false);

    // supervised (255): acknowledged by the API answer
    sim.supervised = true;
    expect((await send(device.id, "lock")).status).toBe("acknowledged");
    sim.supervised = false;

    sim.jam = true;
    await send(device.id, "unlock");
    const jammed = await send(device.id, "lock");
    expect(jammed.status).toBe("failed");
    expect(jammed.reason).toMatch(/Lock jammed/);
    sim.jam = false;

    sim.failure = "Node 12 is dead";
    const dead = await send(device.id, "unlock");
    expect(dead.status).toBe("failed");
    expect(dead.reason).toBe("Z-Wave JS UI: Node 12 is dead");
    sim.failure = null;

    sim.status = 5;
    const refused = await send(device.id, "unlock");
    expect(refused.status).toBe("rejected");
    expect(refused.reason).toMatch(/InvalidValue/);
    sim.status = null;

    expect((await send(device.id, "refresh")).status).toBe("acknowledged");
    expect(sim.calls.at(-1)).toMatchObject({ api: "refreshCCValues" });
  }, 40_000);

  it("node status: Dead is unreachable at once (nothing sent); Alive again commands it", async () => {
    const { device, sim } = await lock();
    await startApp();
    await sim.alive(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    await sim.alive(false);
    await eventually(async () => (await stored(device.id))?.online === false);
    const before = sim.calls.length;
    expect((await send(device.id, "unlock")).status).toBe("unreachable");
    expect(sim.calls).toHaveLength(before);
    await sim.alive(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    expect((await send(device.id, "unlock")).status).toBe("acknowledged");
  }, 30_000);

  it("user codes go to numbered slots from 1 (userCode / userIdStatus), a full lock is refused, a freed slot reused; a keypad unlock names the user id and its code, once per message", async () => {
    const { device, sim } = await lock({ pinSlots: 2 });
    await startApp();
    await sim.alive(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    const code = async (pin: string) => {
      const now = new Date();
      const c: DoorCode = {
        id: `code_${randomUUID().slice(0, 12)}`,
        buildingId: b,
        deviceId: device.id,
        label: `Guest ${pin}`,
        pin,
        validFrom: now.toISOString(),
        validUntil: new Date(now.getTime() + 86_400_000).toISOString(),
        reservationId: null,
        status: "pending",
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      await createDoorCode({ code: c });
      const cmd = await send(device.id, "set_code", {
        codeId: c.id,
        pin,
        validFrom: c.validFrom,
        validUntil: c.validUntil,
      });
      return { c, cmd };
    };
    const first = await code("0417");
    const second = await code("9321");
    expect([first.cmd.status, second.cmd.status]).toEqual(["acknowledged", "acknowledged"]);
    expect([first.cmd.params.slot, second.cmd.params.slot]).toEqual([1, 2]);
    expect(sim.slots).toEqual(
      new Map([
        [1, "0417"],
        [2, "9321"],
      ]),
    );
    // the code went as a string: its leading zero survives
    expect(sim.calls.find((c) => c.payload.args?.[1] === "0417")?.payload.args?.[0]).toMatchObject({
      commandClass: 99,
      property: "userCode",
      propertyKey: 1,
    });
    const full = await code("5555");
    expect(full.cmd.status).toBe("rejected");
    expect(full.cmd.reason).toMatch(/All 2 PIN slots/);

    const at = await sim.keypad("9321");
    await eventually(async () => (await logs(device.id)).length === 1, 5000, "keypad unlock logged");
    expect((await logs(device.id))[0]).toMatchObject({
      method: "pin",
      result: "granted",
      slot: 2,
      codeId: second.c.id,
    });
    // the same notification again (a QoS 1 redelivery): the same event id, stored once
    // the copy is handled either as a duplicate (it met the first in flight) or as a rewrite of the same item
    const handled = app.metrics.eventsStored + app.metrics.eventsDuplicate;
    await sim.keypad("9321", at ?? undefined);
    await eventually(
      () => app.metrics.eventsStored + app.metrics.eventsDuplicate > handled,
      5000,
      "the copy handled",
    );
    expect(await logs(device.id)).toHaveLength(1);

    const del = await send(device.id, "delete_code", { codeId: first.c.id });
    expect(del.status).toBe("acknowledged");
    expect(sim.calls.at(-1)?.payload.args).toEqual([
      { nodeId: expect.any(Number), commandClass: 99, endpoint: 0, property: "userIdStatus", propertyKey: 1 },
      0,
    ]);
    expect(sim.slots.has(1)).toBe(false);
    await eventually(async () => (await listPinSlots({ buildingId: b, deviceId: device.id })).length === 1);
    const third = await code("2468");
    expect(third.cmd.params.slot).toBe(1);
    expect((await getDoorCode({ buildingId: b, deviceId: device.id, codeId: third.c.id })).slot).toBe(1);
  }, 40_000);
});
