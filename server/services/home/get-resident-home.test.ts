import { describe, expect, it } from "vitest";
import { newId } from "@/lib/domain/ids";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { createReservation } from "@/server/db/reservations";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { getResidentHome } from "./get-resident-home";

describe("the resident's home", () => {
  it("lists the coming stays of the resident's units in date order, numbered, without cancelled or past ones", async () => {
    const b = newBuildingId();
    await seedBuilding(b); // Europe/Lisbon
    const mine = await seedUnit(b, "12");
    const alsoMine = await seedUnit(b, "3");
    const notMine = await seedUnit(b, "7");
    const today = todayIn("Europe/Lisbon");
    const d = (n: number) => addDays(today, n);
    const later = makeReservation(b, mine.id, d(10), d(12));
    const sooner = makeReservation(b, alsoMine.id, d(2), d(4));
    const now = makeReservation(b, mine.id, d(-1), d(1), { status: "checked_in" });
    const cancelled = makeReservation(b, mine.id, d(5), d(7), { status: "cancelled" });
    const over = makeReservation(b, alsoMine.id, d(-6), d(-3), { status: "checked_out" });
    const others = makeReservation(b, notMine.id, d(3), d(5));
    // a unit id the resident still carries whose unit is gone (deleted since they signed in)
    const goneUnitId = newId();
    const orphan = makeReservation(b, goneUnitId, d(8), d(9));
    for (const reservation of [later, sooner, now, cancelled, over, others, orphan]) {
      await createReservation({ reservation });
    }
    const actor = { ...userActor(b, "resident"), unitIds: [mine.id, alsoMine.id, goneUnitId] };
    const home = await getResidentHome(actor);
    expect(home.units.map((u) => u.number)).toEqual(["3", "12"]);
    expect(home.upcomingStays.map((s) => [s.id, s.unitNumber])).toEqual([
      [now.id, "12"],
      [sooner.id, "3"],
      [later.id, "12"],
    ]);
  });
});
