import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/stay-dates";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { listReservationsByUnit } from "./reservation-queries";
import { createReservation } from "./reservations";

describe("a unit's stays from a date", () => {
  it("fills the page even when many stays in the look-back window ended before it", async () => {
    // Regression: with a Limit applied before the checkOut filter, the first pages held only past stays and the
    // resident home showed no upcoming stay at all (found by the scale bench).
    const b = newBuildingId();
    const from = "2027-03-01";
    const past = Array.from({ length: 30 }, (_, i) => addDays(from, -60 + i * 2));
    for (const checkIn of past) {
      await createReservation({ reservation: makeReservation(b, "u1", checkIn, addDays(checkIn, 1)) });
    }
    const upcoming = [];
    for (const checkIn of [from, addDays(from, 3), addDays(from, 6)]) {
      upcoming.push(
        await createReservation({ reservation: makeReservation(b, "u1", checkIn, addDays(checkIn, 2)) }),
      );
    }
    const page = await listReservationsByUnit({ buildingId: b, unitId: "u1", from, limit: 3 });
    expect(page.items.map((r) => r.id)).toEqual(upcoming.map((r) => r.id));
  });
});
