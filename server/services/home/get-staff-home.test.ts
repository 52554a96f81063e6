import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { createReservation } from "@/server/db/reservations";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { getStaffHome } from "./get-staff-home";

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
