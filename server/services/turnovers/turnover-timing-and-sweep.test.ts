import { describe, expect, it } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { getBuilding, updateBuildingConfig } from "../../db/buildings";
import { getDoorCode } from "../../db/door-codes";
import { cancelReservation as cancelRecord } from "../../db/reservations";
import { findTurnover } from "../../db/turnovers";
import { createReservation } from "../reservations/create-reservation";
import { changeReservation } from "../stays/change-reservation";
import { listTurnovers } from "./list-turnovers";
import { sweepTurnoverCodes } from "./sweep-turnover-codes";
import { updateTurnover } from "./update-turnover";

/**
 * Turnover remainders (issue 17) against DynamoDB Local: a building that cleans before each arrival gets the
 * turnover on the arrival's date with a window ending at check-in time; the sweep ends cleaning codes whose window
 * passed or whose stay was cancelled behind the turnover's back, once.
 */
const manager = userActor("x");
async function building(over: Record<string, unknown> = {}) {
  const b = newBuildingId();
  const seeded = await seedBuilding(b);
  await updateBuildingConfig({
    buildingId: b,
    config: buildingConfigSchema.parse({ ...seeded.config, ...over }),
  });
  return { b, manager: { ...manager, buildingId: b }, staff: { ...userActor(b, "staff") } };
}
const book = (actor: ReturnType<typeof userActor>, unitId: string, checkIn: string, checkOut: string) =>
  createReservation(
    actor,
    { unitId, checkIn, checkOut, guest: { name: "Rui Costa", email: "rui@guest.example" }, guestCount: 1 },
    { source: "portal" },
  );

describe("cleaning before each arrival", () => {
  it("the turnover sits on the arrival's date, its window ending at check-in time; moving the arrival moves it", async () => {
    const { b, manager, staff } = await building({
      turnoverTiming: "before_arrival",
      cleaningBufferNights: 1,
    });
    const unit = await seedUnit(b, "701");
    const { reservation } = await book(manager, unit.id, "2031-09-10", "2031-09-12");
    const t = await findTurnover({ buildingId: b, turnoverId: reservation.id });
    // Lisbon in September is UTC+1: from check-out time (11:00) the buffer night before to check-in time (15:00)
    expect(t).toMatchObject({
      date: "2031-09-10",
      validFrom: "2031-09-09T10:00:00.000Z",
      validUntil: "2031-09-10T14:00:00.000Z",
      status: "open",
    });
    expect((await listTurnovers(staff, { date: "2031-09-10" })).map((x) => [x.id, x.guestName])).toEqual([
      [reservation.id, "Rui Costa"],
    ]);
    expect(await listTurnovers(staff, { date: "2031-09-12" })).toEqual([]);
    await changeReservation(manager, reservation.id, { checkIn: "2031-09-11" });
    expect(await findTurnover({ buildingId: b, turnoverId: reservation.id })).toMatchObject({
      date: "2031-09-11",
      validUntil: "2031-09-11T14:00:00.000Z",
    });
  });

  it("with no buffer the window is check-out time to check-in time on the arrival day (after-departure stays as it was)", async () => {
    const { b, manager } = await building({ turnoverTiming: "before_arrival" });
    const unit = await seedUnit(b, "702");
    const { reservation } = await book(manager, unit.id, "2031-09-20", "2031-09-22");
    expect(await findTurnover({ buildingId: b, turnoverId: reservation.id })).toMatchObject({
      date: "2031-09-20",
      validFrom: "2031-09-20T10:00:00.000Z",
      validUntil: "2031-09-20T14:00:00.000Z",
    });
    expect((await getBuilding({ buildingId: b })).config.turnoverTiming).toBe("before_arrival");
  });
});

describe("the stale cleaning-code sweep", () => {
  it("ends a code whose window passed and one whose stay was cancelled behind the turnover's back, once each", async () => {
    const { b, manager, staff } = await building();
    const u1 = await seedUnit(b, "801");
    const u2 = await seedUnit(b, "802");
    const u3 = await seedUnit(b, "803");
    const l1 = await seedDevice(b, { unitId: u1.id, name: "801 door" });
    const l2 = await seedDevice(b, { unitId: u2.id, name: "802 door" });
    await seedDevice(b, { unitId: u3.id, name: "803 door" });
    const past = await book(manager, u1.id, "2031-03-01", "2031-03-03");
    const gone = await book(manager, u2.id, "2031-03-10", "2031-03-12");
    const live = await book(manager, u3.id, "2031-03-10", "2031-03-13");
    for (const r of [past, gone, live]) {
      await updateTurnover(
        staff,
        r.reservation.id,
        { assignee: { kind: "outside", name: "Clean Co" } },
        null,
      );
    }
    // the stay is cancelled at the table level only: as if the turnover's sync had failed
    await cancelRecord({ buildingId: b, reservationId: gone.reservation.id });
    const now = new Date("2031-03-05T12:00:00Z");

    expect(await sweepTurnoverCodes(now, { buildingIds: [b], bridge: null })).toEqual({ ended: 2 });
    const t1 = await findTurnover({ buildingId: b, turnoverId: past.reservation.id });
    const t2 = await findTurnover({ buildingId: b, turnoverId: gone.reservation.id });
    const t3 = await findTurnover({ buildingId: b, turnoverId: live.reservation.id });
    expect(t1?.access?.revokedAt).toBe(now.toISOString());
    expect(t2).toMatchObject({ status: "cancelled", access: { revokedAt: now.toISOString() } });
    expect(t3?.access?.revokedAt).toBeNull();
    for (const [t, lock] of [
      [t1, l1],
      [t2, l2],
    ] as const) {
      const code = await getDoorCode({ buildingId: b, deviceId: lock.id, codeId: t?.access?.codeId ?? "" });
      expect(code.removalRequestedAt).toBe(now.toISOString());
    }
    // run again (or on another instance): nothing left to end
    expect(await sweepTurnoverCodes(now, { buildingIds: [b], bridge: null })).toEqual({ ended: 0 });
  });
});
