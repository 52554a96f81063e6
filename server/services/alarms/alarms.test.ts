import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { guestIdOf } from "@/server/auth/guest-session";
import { listAlarmsByDevice } from "@/server/db/alarms";
import { listMissionsByStatus } from "@/server/db/missions";
import { listNotifications } from "@/server/db/notifications";
import { createReservation } from "@/server/db/reservations";
import { listTicketQueue } from "@/server/db/ticket-queue";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation } from "@/test/fixtures";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { acknowledgeAlarm, clearAlarm } from "./act-on-alarm";
import { checkBattery, clearFromDevice, ingestSensorEvent } from "./device-signals";
import { listAlarms } from "./list-alarms";
import { sweepOfflineDevices } from "./sweep-offline-devices";

/**
 * Alarms against DynamoDB Local: many instances hearing one leak make one alarm, one rule run (ticket, mission,
 * notices in each person's language), and acknowledging and clearing race safely.
 */
const leak = (eventId: string, active = true, ts = new Date().toISOString()) => ({
  eventId,
  type: "alarm",
  cause: "leak",
  active,
  ts,
});

async function building() {
  const h = await seedTicketBuilding();
  const sensor = await seedDevice(h.b, { type: "sensor", unitId: h.unit1.id, name: "Kitchen leak sensor" });
  const today = todayIn("Europe/Lisbon");
  const stay = await createReservation({
    reservation: makeReservation(h.b, h.unit1.id, addDays(today, -1), addDays(today, 2), {
      status: "checked_in",
      guestLocale: "es",
      guest: { name: "Lucía", email: "lucia@test.example" },
    }),
  });
  return { ...h, sensor, stay, where: { buildingId: h.b, deviceId: sensor.id } };
}

const inbox = (b: string, userId: string) =>
  listNotifications({ buildingId: b, userId, limit: 50 }).then((p) =>
    p.items.filter((n) => n.kind === "alarm"),
  );

describe("a leak reported by several instances at once", () => {
  it("opens one alarm, runs the rules once, and tells staff, the resident and the guest in her language", async () => {
    const h = await building();
    // the same leak, heard by 8 instances at once, plus a QoS 1 redelivery of one event
    const events = Array.from({ length: 8 }, (_, i) => leak(`evt-${i}`));
    const outs = await Promise.all([...events, events[0]].map((e) => ingestSensorEvent(h.where, e)));
    expect(outs.every((o) => o === "alarm")).toBe(true);

    const all = await listAlarmsByDevice({ buildingId: h.b, deviceId: h.sensor.id });
    expect(all.items).toHaveLength(1);
    const alarm = all.items[0];
    expect(alarm).toMatchObject({
      cause: "leak",
      severity: "critical",
      status: "active",
      unitId: h.unit1.id,
    });
    // every distinct event counted once, the redelivery not at all
    expect(alarm.count).toBe(8);
    expect(alarm.ticketId).toBeTruthy();
    expect(alarm.missionId).toBeTruthy();

    const tickets = await listTicketQueue({ buildingId: h.b, source: { by: "building" }, limit: 50 });
    expect(tickets.items.filter((t) => t.priority === "urgent")).toHaveLength(1);
    const missions = await listMissionsByStatus({ buildingId: h.b, status: "done", limit: 50 });
    expect(missions.items.map((m) => m.id)).toEqual([alarm.missionId]);

    const [staff, resident, other, guest] = await Promise.all([
      inbox(h.b, h.users.staff.id),
      inbox(h.b, h.users.resident.id),
      inbox(h.b, h.users.resident2.id),
      inbox(h.b, guestIdOf(h.stay.id)),
    ]);
    expect(staff).toHaveLength(1);
    expect(resident).toHaveLength(1);
    expect(other).toHaveLength(0);
    expect(guest).toHaveLength(1);
    expect(guest[0].title).toBe("Fuga de agua en la unidad 101");
    expect(resident[0].title).toBe("Water leak in unit 101");
  });

  it("is acknowledged by one of two people at once, then cleared; the next leak is a new alarm", async () => {
    const h = await building();
    await ingestSensorEvent(h.where, leak("a1"));
    const [open] = (await listAlarms(h.staff, { status: "active", limit: 10 })).items;
    const tries = await Promise.allSettled([
      acknowledgeAlarm(h.staff, { alarmId: open.id, note: "On my way" }),
      acknowledgeAlarm(h.manager, { alarmId: open.id }),
    ]);
    expect(tries.filter((t) => t.status === "fulfilled")).toHaveLength(1);
    expect(
      tries.filter((t) => t.status === "rejected").map((t) => (t as PromiseRejectedResult).reason.code),
    ).toEqual(["conflict"]);
    // a repeat while acknowledged updates the same alarm
    await ingestSensorEvent(h.where, leak("a2"));
    const acked = (await listAlarms(h.staff, { status: "acknowledged", limit: 10 })).items;
    expect(acked.map((a) => [a.id, a.count])).toEqual([[open.id, 2]]);

    const cleared = await clearAlarm(h.staff, { alarmId: open.id, note: "Pipe fixed" });
    expect(cleared).toMatchObject({ status: "cleared", clearNote: "Pipe fixed" });
    await expect(clearAlarm(h.staff, { alarmId: open.id })).rejects.toMatchObject({ code: "conflict" });

    await ingestSensorEvent(h.where, leak("a3"));
    const again = (await listAlarms(h.staff, { status: "active", limit: 10 })).items;
    expect(again).toHaveLength(1);
    expect(again[0].id).not.toBe(open.id);
  });

  it("is cleared by the device reporting dry, and residents see only their units' alarms", async () => {
    const h = await building();
    await ingestSensorEvent(h.where, leak("d1"));
    expect((await listAlarms(h.resident, { status: "active", limit: 10 })).items).toHaveLength(1);
    expect((await listAlarms(h.resident2, { status: "active", limit: 10 })).items).toHaveLength(0);
    await expect(acknowledgeAlarm(h.resident, { alarmId: "x" })).rejects.toMatchObject({ code: "forbidden" });
    await ingestSensorEvent(h.where, leak("d2", false));
    const cleared = (await listAlarms(h.staff, { status: "cleared", limit: 10 })).items;
    expect(cleared).toHaveLength(1);
    expect(cleared[0].clearedBy).toMatchObject({ kind: "system" });
  });

  it("refuses a malformed alarm and ignores an unknown device", async () => {
    const h = await building();
    expect(await ingestSensorEvent(h.where, { ...leak("m1"), cause: "volcano" })).toBe("malformed");
    expect(await ingestSensorEvent({ buildingId: h.b, deviceId: "nope" }, leak("m2"))).toBe("unknown_device");
  });
});

describe("devices that stop answering or run low", () => {
  it("raises one offline alarm per outage, whatever the number of sweeps, and clears it on reconnect", async () => {
    const h = await seedTicketBuilding();
    const lastSeenAt = new Date(Date.now() - 2 * 3600_000).toISOString();
    const lock = await seedDevice(h.b, { unitId: h.unit1.id, online: false, lastSeenAt });
    await seedDevice(h.b, { online: false, lastSeenAt: new Date().toISOString() }); // offline, but not for long
    const sweeps = await Promise.all(
      [1, 2, 3].map(() => sweepOfflineDevices(new Date(), { buildingIds: [h.b] })),
    );
    expect(sweeps.reduce((n, s) => n + s.raised, 0)).toBe(1);
    const open = (await listAlarms(h.staff, { status: "active", limit: 10 })).items;
    expect(open.map((a) => [a.deviceId, a.cause])).toEqual([[lock.id, "offline"]]);
    await clearFromDevice(lock, "offline", new Date().toISOString());
    expect((await listAlarms(h.staff, { status: "active", limit: 10 })).items).toHaveLength(0);
  });

  it("raises low battery below the building's threshold and clears it once the battery is back up", async () => {
    const h = await seedTicketBuilding();
    const lock = await seedDevice(h.b, { unitId: h.unit1.id, online: true });
    await checkBattery(lock, { battery: 12 }, new Date().toISOString());
    const [low] = (await listAlarms(h.staff, { status: "active", limit: 10 })).items;
    expect(low).toMatchObject({ cause: "battery_low", severity: "warning", value: 12 });
    await checkBattery(lock, { battery: 22 }, new Date().toISOString()); // inside the margin: stays open
    expect((await listAlarms(h.staff, { status: "active", limit: 10 })).items).toHaveLength(1);
    await checkBattery(lock, { battery: 90 }, new Date().toISOString());
    expect((await listAlarms(h.staff, { status: "active", limit: 10 })).items).toHaveLength(0);
  });
});
