import { describe, expect, it } from "vitest";
import { newId } from "@/lib/domain/ids";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { openAlarm } from "@/server/db/alarms";
import { saveCheckinStep } from "@/server/db/checkin-progress";
import {
  cancelReservation,
  createReservation,
  moveReservation,
  updateReservation,
} from "@/server/db/reservations";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeAlarm, makeReservation, newBuildingId } from "@/test/fixtures";
import { getStaffHome, STAY_ROWS } from "./get-staff-home";

describe("the staff day view", () => {
  it("lists who is in the building and who is late (an arrival from yesterday never checked in)", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const unit = await seedUnit(b, "501");
    const other = await seedUnit(b, "502");
    const today = todayIn("Europe/Lisbon");
    const d = (n: number) => addDays(today, n);
    const staying = makeReservation(b, unit.id, d(-2), d(2), { status: "checked_in" });
    const lateOne = makeReservation(b, other.id, d(-1), d(3), { status: "confirmed" });
    const gone = makeReservation(b, other.id, d(-6), d(-3), { status: "checked_out" });
    for (const reservation of [staying, lateOne, gone]) await createReservation({ reservation });
    const home = await getStaffHome(userActor(b, "staff"));
    expect(home.inHouse.rows.map((r) => r.id)).toEqual([staying.id]);
    expect(home.inHouse.total).toBe(1);
    expect(home.late.rows.map((r) => [r.id, r.unitNumber])).toEqual([[lateOne.id, "502"]]);
    expect(home.late.total).toBe(1);
  });
});

describe("the staff day view names an open alarm's unit", () => {
  it("by the unit's number, read for the shown alarms only", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const units = [];
    for (const n of ["701", "702", "703"]) units.push(await seedUnit(b, n));
    await openAlarm({ eventId: newId(), alarm: makeAlarm(b, { unitId: units[1].id }) });
    const home = await getStaffHome(userActor(b, "staff"));
    expect(home.alarms.total).toBe(1);
    expect(home.alarms.places.units).toEqual({ [units[1].id]: "702" });
  });
});

describe("the staff day view keeps each stay's own times (an approved early check-in or late check-out)", () => {
  it("is late by the stay's own time, not the building's", async () => {
    const b = newBuildingId();
    await seedBuilding(b); // check-in 15:00, check-out 11:00, Europe/Lisbon
    const today = todayIn("Europe/Lisbon");
    const now = instantAt(today, "13:00", "Europe/Lisbon");
    const unit = async (n: string) => (await seedUnit(b, n)).id;
    const d = (n: number) => addDays(today, n);
    const lateOut = makeReservation(b, await unit("601"), d(-2), today, { status: "checked_in" });
    const ownLateOut = makeReservation(b, await unit("602"), d(-2), today, {
      status: "checked_in",
      departureTime: "14:00",
    });
    const early = makeReservation(b, await unit("603"), today, d(2), { arrivalTime: "12:00" });
    const onTime = makeReservation(b, await unit("604"), today, d(2));
    for (const reservation of [lateOut, ownLateOut, early, onTime]) await createReservation({ reservation });
    const home = await getStaffHome(userActor(b, "staff"), now);
    expect(home.late.rows.map((r) => r.id).sort()).toEqual([early.id, lateOut.id].sort());
    expect(home.inHouse.rows.map((r) => r.id)).toEqual([ownLateOut.id]);
  });
});

describe("the staff day view at scale", () => {
  it("shows a first page of who is in, with the count of all of them", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const today = todayIn("Europe/Lisbon");
    const n = STAY_ROWS + 5;
    for (let i = 0; i < n; i += 10) {
      await Promise.all(
        Array.from({ length: Math.min(10, n - i) }, async (_, j) => {
          const unit = await seedUnit(b, String(100 + i + j));
          const r = makeReservation(b, unit.id, addDays(today, -1), addDays(today, 2 + ((i + j) % 3)), {
            status: "checked_in",
          });
          await createReservation({ reservation: r });
        }),
      );
    }
    const home = await getStaffHome(userActor(b, "staff"));
    expect(home.inHouse.total).toBe(n);
    expect(home.inHouse.rows).toHaveLength(STAY_ROWS);
    // the first by check-out, each named with its unit
    const outs = home.inHouse.rows.map((r) => r.checkOut);
    expect(outs).toEqual([...outs].sort());
    expect(home.inHouse.rows.every((r) => r.unitNumber !== "")).toBe(true);
  });
});

describe("the staff day view follows the stays' writes (issue 19: day lists kept by the writes)", () => {
  it("an arrival renamed at check-in, one moved to tomorrow, one cancelled and one checked in", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const today = todayIn("Europe/Lisbon");
    const d = (n: number) => addDays(today, n);
    const units = await Promise.all(["701", "702", "703", "704"].map((n) => seedUnit(b, n)));
    const [renamed, moved, cancelled, arrived] = units.map((u) => makeReservation(b, u.id, today, d(2)));
    for (const reservation of [renamed, moved, cancelled, arrived]) await createReservation({ reservation });
    const before = await getStaffHome(userActor(b, "staff"));
    expect(before.arrivals.total).toBe(4);

    await saveCheckinStep({
      buildingId: b,
      reservationId: renamed.id,
      step: {
        progress: { detailsConfirmedAt: new Date().toISOString() },
        guest: { ...renamed.guest, name: "Ada Lovelace" },
        guestCount: 3,
      },
    });
    await moveReservation({ buildingId: b, reservationId: moved.id, to: { checkIn: d(1), checkOut: d(3) } });
    await cancelReservation({ buildingId: b, reservationId: cancelled.id });
    await updateReservation({
      buildingId: b,
      reservationId: arrived.id,
      patch: { status: "checked_in" },
      expectedStatus: "confirmed",
    });
    const after = await getStaffHome(userActor(b, "staff"));
    const rows = Object.fromEntries(after.arrivals.rows.map((r) => [r.id, r]));
    expect(Object.keys(rows).sort()).toEqual([renamed.id, arrived.id].sort());
    expect(after.arrivals.total).toBe(2);
    expect(rows[renamed.id]).toMatchObject({
      guest: { name: "Ada Lovelace" },
      guestCount: 3,
      unitNumber: "701",
    });
    expect(rows[arrived.id].status).toBe("checked_in");
    expect(after.inHouse.rows.map((r) => r.id)).toEqual([arrived.id]);
  });
});
