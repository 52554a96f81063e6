import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AlarmSettings } from "@/lib/domain/alarm-rules";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import type { RunningBroker } from "@/scripts/stack/mqtt-broker";
import { setDevicePort } from "@/server/agents/device-port";
import { guestIdOf } from "@/server/auth/guest-session";
import { listAlarmsByDevice } from "@/server/db/alarms";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { listDoorCodes } from "@/server/db/door-codes";
import { getMission } from "@/server/db/missions";
import { listNotifications, putNotificationPrefs } from "@/server/db/notifications";
import { listOutboxEmails } from "@/server/db/outbox";
import { createReservation } from "@/server/db/reservations";
import { MqttBridge } from "@/server/mqtt/bridge";
import { clearMqttLookups } from "@/server/mqtt/lookups";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation } from "@/test/fixtures";
import { connectTestDevice, type TestDevice } from "@/test/mqtt-device";
import { commandDevice } from "../devices/command-device";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { ingestSensorEvent } from "./device-signals";
import { sweepOfflineDevices } from "./sweep-offline-devices";

/**
 * The rules that act, against DynamoDB Local and a real Mosquitto: a leak closes the place's shut-off valve
 * through the director's mission (or waits for staff where the building says so), smoke reaches everyone and
 * the escalation contact, and a unit lock offline during a stay gives only that stay's guest the backup access.
 * Each fires once per alarm however many instances hear it and however often it is redelivered.
 */
const PREFIX = `t-${randomUUID().slice(0, 6)}`;
let broker: RunningBroker;
let bridge: MqttBridge;
const devices: TestDevice[] = [];

beforeAll(async () => {
  broker = await startMosquitto();
  bridge = new MqttBridge({
    url: broker.url,
    clientId: `app-${PREFIX}`,
    prefix: PREFIX,
    protocol: "auto",
  }).start();
  await bridge.ready();
  // the director's device steps go through the same commandDevice, on this test's broker connection
  setDevicePort((actor, req) =>
    commandDevice(
      actor,
      { deviceId: req.deviceId, action: req.action as "close", params: req.params },
      { bridge },
    )
      .then((c) => ({ status: c.status, commandId: c.id, reason: c.reason ?? undefined }))
      .catch((e: Error) => ({ status: "rejected" as const, reason: e.message })),
  );
}, 60_000);
afterAll(async () => {
  setDevicePort(undefined);
  await Promise.allSettled(devices.map((d) => d.stop()));
  await bridge?.stop({ force: true, endSession: true });
  await broker?.stop();
});

async function building(alarms: (current: AlarmSettings) => Partial<AlarmSettings>) {
  const h = await seedTicketBuilding();
  const b = await getBuilding({ buildingId: h.b });
  await updateBuildingConfig({
    buildingId: h.b,
    config: { ...b.config, alarms: { ...b.config.alarms, ...alarms(b.config.alarms) } },
  });
  clearMqttLookups();
  const today = todayIn("Europe/Lisbon");
  const stay = (unitId: string, name: string) =>
    createReservation({
      reservation: makeReservation(h.b, unitId, addDays(today, -1), addDays(today, 2), {
        status: "checked_in",
        guestLocale: "pt-BR",
        guest: { name, email: `${name.toLowerCase()}@test.example` },
      }),
    });
  return { ...h, stay };
}

const online = () => ({ online: true, lastSeenAt: new Date().toISOString() });
const alarmEvent = (cause: string, eventId: string) => ({
  eventId,
  type: "alarm",
  cause,
  active: true,
  ts: new Date().toISOString(),
});
const inbox = (b: string, userId: string) =>
  listNotifications({ buildingId: b, userId, limit: 50 }).then((p) =>
    p.items.filter((n) => n.kind === "alarm"),
  );

describe("a leak with a shut-off valve", () => {
  it("closes the unit's valve once, through the mission, after opening the ticket", async () => {
    const valves: string[] = [];
    const h = await building(() => ({}));
    const valve = await seedDevice(h.b, {
      ...online(),
      type: "valve",
      unitId: h.unit1.id,
      name: "Unit 101 water main",
    });
    const floorValve = await seedDevice(h.b, { ...online(), type: "valve", name: "Floor 1 riser" });
    valves.push(valve.id, floorValve.id);
    const b = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: {
        ...b.config,
        alarms: {
          ...b.config.alarms,
          shutOff: {
            requireApproval: false,
            valves: [
              { deviceId: floorValve.id, unitId: null, floor: 1 },
              { deviceId: valve.id, unitId: h.unit1.id, floor: null },
            ],
          },
        },
      },
    });
    const play = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: h.b,
      deviceId: valve.id,
      autoAck: "ok",
    });
    const riser = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: h.b,
      deviceId: floorValve.id,
      autoAck: "ok",
    });
    devices.push(play, riser);

    const sensor = await seedDevice(h.b, { type: "sensor", unitId: h.unit1.id, name: "Sink leak" });
    const where = { buildingId: h.b, deviceId: sensor.id };
    const events = Array.from({ length: 5 }, (_, i) => alarmEvent("leak", `leak-${i}`));
    await Promise.all([...events, events[0], events[1]].map((e) => ingestSensorEvent(where, e)));

    const [alarm] = (await listAlarmsByDevice({ buildingId: h.b, deviceId: sensor.id })).items;
    expect(alarm.missionId).toBeTruthy();
    const mission = await getMission({ buildingId: h.b, missionId: alarm.missionId as string });
    expect(mission.steps.map((s) => [s.kind, s.status])).toEqual([
      ["open_ticket", "done"],
      ["device_command", "done"],
      ["notify", "done"],
    ]);
    expect(mission.steps[1].input).toMatchObject({ deviceId: valve.id, action: "close" });
    expect(play.commands.map((c) => c.action)).toEqual(["close"]);
    expect(riser.commands).toHaveLength(0); // the unit's own valve wins over the floor's
  });

  it("waits for staff where the building says so: the ticket is open, the valve untouched", async () => {
    const h = await building(() => ({}));
    const valve = await seedDevice(h.b, { ...online(), type: "valve", name: "Main riser" });
    const b = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: {
        ...b.config,
        alarms: {
          ...b.config.alarms,
          shutOff: { requireApproval: true, valves: [{ deviceId: valve.id, unitId: null, floor: null }] },
        },
      },
    });
    const play = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: h.b,
      deviceId: valve.id,
      autoAck: "ok",
    });
    devices.push(play);
    const sensor = await seedDevice(h.b, { type: "sensor", unitId: h.unit2.id, name: "Bath leak" });
    await ingestSensorEvent({ buildingId: h.b, deviceId: sensor.id }, alarmEvent("leak", "w-1"));
    const [alarm] = (await listAlarmsByDevice({ buildingId: h.b, deviceId: sensor.id })).items;
    const mission = await getMission({ buildingId: h.b, missionId: alarm.missionId as string });
    expect(mission.status).toBe("awaiting_approval");
    expect(mission.steps.map((s) => s.status)).toEqual(["done", "awaiting_approval", "pending"]);
    expect(alarm.ticketId).toBeTruthy();
    expect(play.commands).toHaveLength(0);
  });
});

describe("smoke", () => {
  it("reaches everyone in the building whatever they chose, and emails the escalation contact once", async () => {
    const h = await building(() => ({ escalation: { email: "monitoring@alarmco.example" } }));
    const guestStay = await h.stay(h.unit2.id, "Rita");
    // a resident who switched alarm notices off still hears of smoke
    await putNotificationPrefs({
      buildingId: h.b,
      userId: h.users.resident.id,
      prefs: { alarm: { inApp: false, email: false } } as never,
    });
    const detector = await seedDevice(h.b, { type: "sensor", name: "Stairwell smoke" });
    const where = { buildingId: h.b, deviceId: detector.id };
    const events = Array.from({ length: 4 }, (_, i) => alarmEvent("smoke", `smoke-${i}`));
    await Promise.all([...events, ...events].map((e) => ingestSensorEvent(where, e)));

    const people = [h.users.staff.id, h.users.manager.id, h.users.resident.id, h.users.resident2.id];
    for (const id of people) expect(await inbox(h.b, id)).toHaveLength(1);
    const guest = await inbox(h.b, guestIdOf(guestStay.id));
    expect(guest.map((n) => n.title)).toEqual(["Fumaça em uma área comum"]);

    const mail = (await listOutboxEmails({ buildingId: h.b, limit: 100 })).items;
    const escalations = mail.filter((m) => m.to === "monitoring@alarmco.example");
    expect(escalations).toHaveLength(1);
    expect(escalations[0].subject).toMatch(/^Smoke at /);
  });
});

describe("a unit lock offline during a stay", () => {
  it("gives only that stay's guest the backup code, once, across instances and outages", async () => {
    const h = await building(() => ({}));
    const keyBox = await seedDevice(h.b, { type: "lock", name: "Key box by the lobby" });
    const b = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: {
        ...b.config,
        alarms: {
          ...b.config.alarms,
          backupAccess: { deviceId: keyBox.id, instructions: "The key box is left of the lobby door." },
        },
      },
    });
    const here = await h.stay(h.unit1.id, "Ana");
    const elsewhere = await h.stay(h.unit2.id, "Bruno");
    const lastSeen = new Date(Date.now() - 2 * 3600_000).toISOString();
    const lock = await seedDevice(h.b, {
      type: "lock",
      unitId: h.unit1.id,
      name: "Unit 101 door",
      online: false,
      lastSeenAt: lastSeen,
    });
    // three instances sweep at once
    await Promise.all([0, 1, 2].map(() => sweepOfflineDevices(new Date(), { buildingIds: [h.b] })));
    // the lock comes back, clears, and drops again during the same stay: a new alarm, no second backup
    const [first] = (await listAlarmsByDevice({ buildingId: h.b, deviceId: lock.id })).items;
    const { clearFromDevice } = await import("./clear-from-device");
    await clearFromDevice(lock, "offline", new Date().toISOString());
    await seedDevice(h.b, { ...lock, lastSeenAt: new Date(Date.now() - 3600_000).toISOString() });
    await sweepOfflineDevices(new Date(), { buildingIds: [h.b] });
    const alarms = (await listAlarmsByDevice({ buildingId: h.b, deviceId: lock.id })).items;
    expect(alarms).toHaveLength(2);
    expect(first.cause).toBe("offline");

    const notices = await listNotifications({ buildingId: h.b, userId: guestIdOf(here.id), limit: 20 });
    expect(notices.items).toHaveLength(1);
    expect(notices.items[0].title).toBe("A fechadura da sua porta não responde: como entrar");
    const codes = (await listDoorCodes({ buildingId: h.b, deviceId: keyBox.id })).items;
    expect(codes).toHaveLength(1);
    expect(codes[0].reservationId).toBe(here.id);
    expect(notices.items[0].body).toContain(codes[0].pin);
    expect(notices.items[0].body).toContain("The key box is left of the lobby door.");

    // nobody else gets it: not the other stay's guest, not the unit's resident
    expect(
      (await listNotifications({ buildingId: h.b, userId: guestIdOf(elsewhere.id), limit: 20 })).items,
    ).toHaveLength(0);
    const resident = await listNotifications({ buildingId: h.b, userId: h.users.resident.id, limit: 20 });
    expect(resident.items.filter((n) => n.body.includes(codes[0].pin))).toHaveLength(0);
  });
});
