import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DoorCode } from "@/lib/domain/device";
import { ShellyDevice } from "@/scripts/simulator/dialects/shelly-device";
import { Zigbee2mqttDevice } from "@/scripts/simulator/dialects/zigbee2mqtt-device";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import type { RunningBroker } from "@/scripts/stack/mqtt-broker";
import { startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { eventually } from "@/test/mqtt-device";
import { listAccessLogsByDevice } from "../../db/access-logs";
import { listAlarmsByDevice } from "../../db/alarms";
import { listAuditEventsByTarget } from "../../db/audit-events";
import { findDevice } from "../../db/devices";
import { createDoorCode, getDoorCode } from "../../db/door-codes";
import { listPinSlots } from "../../db/pin-slots";
import { createReservation, getReservation } from "../../db/reservations";
import { commandDevice } from "../../services/devices/command-device";
import { registerDevice as registerDeviceForActor } from "../../services/devices/register-device";
import { adoptDiscoveredDevice } from "../../services/discovery/adopt-discovered-device";
import { listDiscoveredDevices } from "../../services/discovery/list-discovered-devices";
import { issueStayDoorCodes } from "../../services/door-codes/stay-door-codes";
import { MqttBridge } from "../bridge";
import { clearMqttLookups } from "../lookups";

/**
 * The hardware dialects end to end on real brokers (aedes, MQTT 3.1.1; Mosquitto, MQTT 5): the app's bridge and
 * outside processes playing a Zigbee2MQTT keypad lock and leak sensor and a Shelly Gen2 relay as their docs
 * describe them (scripts/simulator/dialects), registered through the registry service.
 */
process.env.COMMAND_TIMEOUT_MS = "1500";

const brokers: [string, () => Promise<RunningBroker>][] = [
  ["aedes", () => startMqttBroker()],
  ["mosquitto", () => startMosquitto()],
];

describe.each(brokers)("hardware dialects on %s", (name, start) => {
  let broker: RunningBroker;
  const b = newBuildingId();
  const manager = userActor(b, "manager");
  const stops: (() => Promise<unknown>)[] = [];
  let app: MqttBridge;
  let building: Awaited<ReturnType<typeof seedBuilding>>;

  const z2m = async (kind: "lock" | "leak", over: { retainState?: boolean; pinSlots?: number } = {}) => {
    const friendlyName = `${kind}_${randomUUID().slice(0, 8)}`;
    const device = await registerDeviceForActor(manager, {
      type: kind === "lock" ? "lock" : "sensor",
      name: friendlyName,
      unitId: null,
      model: kind === "lock" ? "Kwikset 916" : "Aqara SJCGQ11LM",
      location: "Test",
      protocol: "zigbee2mqtt",
      address: {
        baseTopic: "zigbee2mqtt",
        friendlyName,
        ...(over.pinSlots ? { pinSlots: over.pinSlots } : {}),
      },
    });
    const sim = await Zigbee2mqttDevice.connect({
      url: broker.url,
      friendlyName,
      kind,
      retainState: over.retainState,
    });
    stops.push(() => sim.stop());
    return { device, sim };
  };
  const shelly = async () => {
    const topicPrefix = ShellyDevice.newPrefix();
    const device = await registerDeviceForActor(manager, {
      type: "lock",
      name: `Gate ${topicPrefix}`,
      unitId: null,
      model: "Shelly Pro 1",
      location: "Garage",
      protocol: "shelly",
      address: { topicPrefix, switchId: 0, pulseSeconds: 0.5, contactInputId: 1 },
    });
    const sim = await ShellyDevice.connect({ url: broker.url, topicPrefix });
    stops.push(() => sim.stop());
    return { device, sim };
  };
  const stored = (deviceId: string) => findDevice({ buildingId: b, deviceId });
  const send = (
    deviceId: string,
    action: "lock" | "unlock" | "refresh" | "set_code" | "delete_code",
    params = {},
  ) => commandDevice(manager, { deviceId, action, params }, { bridge: app });

  beforeAll(async () => {
    broker = await start();
    building = await seedBuilding(b);
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

  it("Zigbee2MQTT lock: a stale retained state never acknowledges; the reported lock_state does; not_fully_locked fails", async () => {
    const { device, sim } = await z2m("lock", { retainState: true });
    // before the app is there: the broker keeps this, and hands it to the app on subscribe
    await sim.availability(true);
    await sim.publish();
    await startApp();
    await eventually(
      async () => (await stored(device.id))?.state.lock_state === "locked",
      5000,
      "retained state",
    );
    sim.silent = true;
    const stale = await send(device.id, "lock");
    expect(stale.status).toBe("timed_out"); // the retained `locked` was there all along: it is no answer
    expect(sim.sets.at(-1)).toEqual({ state: "LOCK" });
    sim.silent = false;
    const unlocked = await send(device.id, "unlock");
    expect(unlocked.status).toBe("acknowledged");
    expect(unlocked.resultState).toMatchObject({ lock_state: "unlocked", locked: false });
    expect((await stored(device.id))?.state.locked).toBe(false);
    sim.jam = true;
    const jammed = await send(device.id, "lock");
    expect(jammed.status).toBe("failed");
    expect(jammed.reason).toMatch(/not_fully_locked/);
    await eventually(async () => {
      const audit = await listAuditEventsByTarget({
        buildingId: b,
        targetType: "command",
        targetId: jammed.id,
      });
      return audit.items[0]?.result === "failure";
    });
    // the unlock the app sent was the lock's RF operation: recorded as a remote opening
    await eventually(
      async () => (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items.length === 1,
    );
    const [log] = (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items;
    expect(log).toMatchObject({ method: "remote", result: "granted" });
  }, 30_000);

  it("Zigbee2MQTT publish errors on bridge/logging end the waiting command failed with the bridge's message", async () => {
    const { device, sim } = await z2m("lock");
    await startApp();
    await sim.availability(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    sim.publishError = "Error: Timeout - 38588 - 1 - 2 - 257 - 11 after 10000ms";
    const c = await send(device.id, "unlock");
    expect(c.status).toBe("failed");
    expect(c.reason).toBe("Zigbee2MQTT: Error: Timeout - 38588 - 1 - 2 - 257 - 11 after 10000ms");
    sim.publishError = null;
    expect((await send(device.id, "unlock")).status).toBe("acknowledged");
  }, 30_000);

  it("Zigbee2MQTT availability flapping: the last word counts; an offline lock is unreachable at once", async () => {
    const { device, sim } = await z2m("lock");
    await startApp();
    const applied = app.metrics.availabilityApplied;
    await sim.flap(3);
    // all six handled, in order: the last word (online) is what is stored
    await eventually(() => app.metrics.availabilityApplied - applied === 6, 5000, "flaps handled");
    expect((await stored(device.id))?.online).toBe(true);
    await sim.availability(false);
    await eventually(() => app.metrics.availabilityApplied - applied === 7, 5000, "offline handled");
    expect((await stored(device.id))?.online).toBe(false);
    const c = await send(device.id, "unlock");
    expect(c.status).toBe("unreachable");
    expect(sim.sets).toHaveLength(0);
    await sim.availability(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    expect((await send(device.id, "unlock")).status).toBe("acknowledged");
  }, 30_000);

  it("PIN codes go to numbered slots: never shared, freed and reused, a full lock refused; a keypad unlock names the slot and its code", async () => {
    const { device, sim } = await z2m("lock", { pinSlots: 3 }); // slots 1 and 2 (0 is the owner's)
    await startApp();
    await sim.availability(true);
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
    ); // the leading zero survives
    await eventually(
      async () =>
        (await getDoorCode({ buildingId: b, deviceId: device.id, codeId: second.c.id })).status === "active",
    );
    expect((await getDoorCode({ buildingId: b, deviceId: device.id, codeId: second.c.id })).slot).toBe(2);

    const full = await code("5555");
    expect(full.cmd.status).toBe("rejected");
    expect(full.cmd.reason).toMatch(/PIN slots/);
    await eventually(
      async () =>
        (await getDoorCode({ buildingId: b, deviceId: device.id, codeId: full.c.id })).status === "failed",
    );

    expect(await sim.keypad("9321")).toBe(2);
    await sim.keypad("1111"); // a wrong PIN: refused by the lock, logged denied
    await eventually(
      async () => (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items.length === 2,
    );
    const logs = (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items;
    expect(logs.find((l) => l.result === "granted")).toMatchObject({
      method: "pin",
      slot: 2,
      codeId: second.c.id,
    });
    expect(logs.find((l) => l.result === "denied")).toMatchObject({ method: "pin", codeId: null });

    const del = await send(device.id, "delete_code", { codeId: first.c.id });
    expect(del.status).toBe("acknowledged");
    expect(sim.slots.has(1)).toBe(false);
    await eventually(async () => (await listPinSlots({ buildingId: b, deviceId: device.id })).length === 1);
    const third = await code("2468");
    expect(third.cmd.status).toBe("acknowledged");
    expect(third.cmd.params.slot).toBe(1); // the freed slot, reused
  }, 40_000);

  it("a stay's door code goes to a slot of the unit's Zigbee2MQTT lock through the door-code service; the guest's keypad unlock is logged under the stay", async () => {
    const unit = await seedUnit(b, `9${randomUUID().slice(0, 3)}`);
    const friendlyName = `unit_lock_${randomUUID().slice(0, 6)}`;
    const device = await registerDeviceForActor(manager, {
      type: "lock",
      name: "Unit door",
      unitId: unit.id,
      model: "Yale YRD256",
      location: "Unit",
      protocol: "zigbee2mqtt",
      address: { baseTopic: "zigbee2mqtt", friendlyName },
    });
    const sim = await Zigbee2mqttDevice.connect({ url: broker.url, friendlyName, kind: "lock" });
    stops.push(() => sim.stop());
    await startApp();
    await sim.availability(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    const day = new Date().toISOString().slice(0, 10);
    const next = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const r = await createReservation({
      reservation: makeReservation(b, unit.id, day, next, { status: "checked_in" }),
    });
    expect(await issueStayDoorCodes(r, building, app)).toBe(true);
    const access = (await getReservation({ buildingId: b, reservationId: r.id })).doorAccess;
    const codeId = access?.codeId as string;
    await eventually(
      async () => (await getDoorCode({ buildingId: b, deviceId: device.id, codeId })).status === "active",
      5000,
      "code on the lock",
    );
    const code = await getDoorCode({ buildingId: b, deviceId: device.id, codeId });
    expect(code.slot).toBe(1);
    expect(sim.slots.get(1)).toBe(code.pin);
    await sim.keypad(code.pin);
    await eventually(
      async () => (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items.length === 1,
    );
    const [log] = (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items;
    expect(log).toMatchObject({ method: "pin", result: "granted", slot: 1, codeId, reservationId: r.id });
  }, 30_000);

  it("Zigbee2MQTT leak sensor: state stored; leak and telemetry handed to event ingestion as native events", async () => {
    const { device, sim } = await z2m("leak");
    await startApp();
    const alarms = async () => (await listAlarmsByDevice({ buildingId: b, deviceId: device.id })).items;
    const m = app.metrics;
    const start = { alarms: m.alarmsApplied, readings: m.telemetryApplied };
    await sim.leak(false);
    // first message: its telemetry only (no flag changed from one seen before)
    await eventually(() => m.telemetryApplied - start.readings === 1, 5000, "first telemetry");
    expect((await stored(device.id))?.state.water_leak).toBe(false);
    expect(m.alarmsApplied).toBe(start.alarms);
    await sim.leak(true, { temperature: 19.5 });
    await eventually(async () => (await stored(device.id))?.state.water_leak === true);
    // leak active + telemetry, as native events: issue 16's ingestion opens the leak alarm
    await eventually(() => m.alarmsApplied - start.alarms === 1, 5000, "native leak alarm");
    await eventually(() => m.telemetryApplied - start.readings === 2, 5000, "second telemetry");
    expect(await alarms()).toMatchObject([{ cause: "leak", status: "active", deviceId: device.id }]);
    await sim.leak(true); // still wet: no new alarm, telemetry only
    await eventually(() => m.telemetryApplied - start.readings === 3, 5000, "telemetry only");
    expect(m.alarmsApplied - start.alarms).toBe(1);
    expect(await alarms()).toHaveLength(1);
  }, 20_000);

  it("Shelly relay: Switch.Set pulse matched by request id; error frames end rejected/failed with the device's message; silence times out", async () => {
    const { device, sim } = await shelly();
    await startApp();
    await sim.online(true);
    await eventually(async () => (await stored(device.id))?.online === true);
    const open = await send(device.id, "unlock");
    expect(open.status).toBe("acknowledged");
    expect(sim.requests.at(-1)).toMatchObject({
      id: open.id,
      src: app.opts.clientId,
      method: "Switch.Set",
      params: { id: 0, on: true, toggle_after: 0.5 },
    });
    await eventually(async () => (await stored(device.id))?.state.output === true);
    // the pulse ends on the device by itself
    await eventually(async () => (await stored(device.id))?.state.locked === true, 5000, "auto-off");

    sim.errorFrame = { code: -103, message: "Invalid argument 'toggle_after'!" };
    const bad = await send(device.id, "unlock");
    expect(bad.status).toBe("rejected");
    expect(bad.reason).toBe("Device error -103: Invalid argument 'toggle_after'!");
    sim.errorFrame = { code: -109, message: "Unavailable: overheated" };
    expect((await send(device.id, "lock")).status).toBe("failed");
    sim.errorFrame = null;
    sim.silent = true;
    expect((await send(device.id, "unlock")).status).toBe("timed_out");
    sim.silent = false;
    expect(
      (
        await send(device.id, "set_code", {
          codeId: "code_x1",
          pin: "1234",
          validFrom: new Date().toISOString(),
          validUntil: new Date(Date.now() + 1000).toISOString(),
        })
      ).status,
    ).toBe("rejected");

    // inputs: the exit button is an access event; the contact opening while the strike is shut is an alarm
    const pushedAt = await sim.exitButton();
    // the copy is handled either as a duplicate (it met the first in flight) or as a rewrite of the same item
    const handled = app.metrics.eventsStored + app.metrics.eventsDuplicate;
    await sim.exitButton(pushedAt); // the very same notification again (a redelivery): stored once
    await eventually(
      async () => (await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items.length === 1,
    );
    await eventually(
      () => app.metrics.eventsStored + app.metrics.eventsDuplicate > handled,
      5000,
      "the copy handled",
    );
    expect((await listAccessLogsByDevice({ buildingId: b, deviceId: device.id })).items).toHaveLength(1);
    const raised = app.metrics.alarmsApplied;
    await sim.contact(true);
    await eventually(async () => (await stored(device.id))?.state.contact === "open");
    await eventually(() => app.metrics.alarmsApplied > raised, 5000, "door_forced alarm handed on");
    const [forced] = (await listAlarmsByDevice({ buildingId: b, deviceId: device.id })).items;
    expect(forced).toMatchObject({ cause: "door_forced", status: "active" });

    await sim.online(false);
    await eventually(async () => (await stored(device.id))?.online === false);
    expect((await send(device.id, "unlock")).status).toBe("unreachable");
  }, 40_000);

  it("discovers what Zigbee2MQTT's bridge/devices and a Shelly's online announce, minus the registered, and adopts one in one step", async () => {
    const { device } = await z2m("lock");
    const fresh = `leak_${randomUUID().slice(0, 6)}`;
    const list = [
      { ieee_address: "0x00", type: "Coordinator", friendly_name: "Coordinator", definition: null },
      {
        ieee_address: "0x01",
        type: "EndDevice",
        friendly_name: (device.address as { friendlyName: string }).friendlyName,
        supported: true,
        definition: {
          model: "916",
          vendor: "Kwikset",
          exposes: [{ type: "lock", features: [{ property: "state" }, { property: "lock_state" }] }],
        },
      },
      {
        ieee_address: "0x02",
        type: "EndDevice",
        friendly_name: fresh,
        supported: true,
        definition: {
          model: "SJCGQ11LM",
          vendor: "Aqara",
          exposes: [
            { type: "binary", property: "water_leak" },
            { type: "numeric", property: "battery" },
          ],
        },
      },
    ];
    const announcer = await Zigbee2mqttDevice.connect({
      url: broker.url,
      friendlyName: "announcer",
      kind: "leak",
    });
    const prefix = ShellyDevice.newPrefix();
    const stray = await ShellyDevice.connect({ url: broker.url, topicPrefix: prefix });
    await announcer.bridgeDevices(list);
    await stray.online(true);
    stops.push(async () => {
      await announcer.bridgeDevices(null);
      await announcer.stop();
      await stray.stop();
    });
    await startApp(); // retained: the app learns them on connect
    await eventually(async () => (await listDiscoveredDevices(manager, app)).length >= 2, 5000, "announced");
    const found = await listDiscoveredDevices(manager, app);
    expect(found.find((d) => d.address.friendlyName === fresh)).toMatchObject({
      protocol: "zigbee2mqtt",
      type: "sensor",
      model: "Aqara SJCGQ11LM",
      capabilities: ["water_leak", "battery"],
    });
    expect(found.find((d) => d.address.topicPrefix === prefix)).toMatchObject({
      protocol: "shelly",
      type: "lock",
    });
    expect(
      found.some((d) => d.address.friendlyName === (device.address as { friendlyName: string }).friendlyName),
    ).toBe(false);
    const adopted = await adoptDiscoveredDevice(
      manager,
      { protocol: "zigbee2mqtt", addressKey: `zigbee2mqtt/${fresh}` },
      app,
    );
    expect(adopted).toMatchObject({
      protocol: "zigbee2mqtt",
      type: "sensor",
      address: { friendlyName: fresh },
    });
    expect((await listDiscoveredDevices(manager, app)).some((d) => d.address.friendlyName === fresh)).toBe(
      false,
    );
    await expect(
      adoptDiscoveredDevice(manager, { protocol: "zigbee2mqtt", addressKey: `zigbee2mqtt/${fresh}` }, app),
    ).rejects.toMatchObject({ code: "not_found" });
  }, 30_000);

  it("refuses a second device at an address already registered, naming the field", async () => {
    const address = { baseTopic: "zigbee2mqtt", friendlyName: `dup_${randomUUID().slice(0, 6)}` };
    const base = {
      type: "lock" as const,
      name: "A",
      unitId: null,
      model: "",
      location: "",
      protocol: "zigbee2mqtt" as const,
    };
    await registerDeviceForActor(manager, { ...base, address });
    await expect(registerDeviceForActor(manager, { ...base, name: "B", address })).rejects.toMatchObject({
      code: "conflict",
      details: { field: "address" },
    });
    await expect(
      registerDeviceForActor(manager, { ...base, address: { baseTopic: "other", friendlyName: "x" } }),
    ).rejects.toMatchObject({ code: "validation", fields: { "address.baseTopic": expect.any(Array) } });
    await expect(
      registerDeviceForActor(manager, { ...base, address: { friendlyName: "a/b" } }),
    ).rejects.toMatchObject({ code: "validation", fields: { "address.friendlyName": expect.any(Array) } });
  });
});
