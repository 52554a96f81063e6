import { describe, expect, it } from "vitest";
import { stayDayState, stayDayStates } from "./stay-day";

const b = { timezone: "Europe/Lisbon", config: { checkInTime: "15:00", checkOutTime: "11:00" } };
const at = (iso: string) => new Date(iso);

describe("stayDayState", () => {
  it("an arrival is late once check-in time passed without a check-in, not before", () => {
    const r = { status: "confirmed" as const, checkIn: "2026-12-10", checkOut: "2026-12-12" };
    expect(stayDayState(r, b, at("2026-12-10T14:59:00Z"))).toBeNull();
    expect(stayDayState(r, b, at("2026-12-10T15:01:00Z"))).toBe("late");
    expect(stayDayState(r, b, at("2026-12-11T09:00:00Z"))).toBe("late");
  });
  it("a checked-in stay is in, and late once its check-out time passed", () => {
    const r = { status: "checked_in" as const, checkIn: "2026-12-10", checkOut: "2026-12-12" };
    expect(stayDayState(r, b, at("2026-12-11T09:00:00Z"))).toBe("in");
    expect(stayDayState(r, b, at("2026-12-12T10:59:00Z"))).toBe("in");
    expect(stayDayState(r, b, at("2026-12-12T11:01:00Z"))).toBe("late");
  });
  it("cancelled, checked-out and future stays are neither", () => {
    for (const status of ["cancelled", "checked_out", "no_show"] as const)
      expect(
        stayDayState(
          { status, checkIn: "2026-12-10", checkOut: "2026-12-12" },
          b,
          at("2026-12-11T12:00:00Z"),
        ),
      ).toBeNull();
    expect(
      stayDayState(
        { status: "confirmed", checkIn: "2026-12-20", checkOut: "2026-12-22" },
        b,
        at("2026-12-11T12:00:00Z"),
      ),
    ).toBeNull();
  });
  it("one classifier for many stays gives each stay's own answer, its own times included", () => {
    const now = at("2026-12-12T12:00:00Z");
    const stays = [
      { status: "checked_in" as const, checkIn: "2026-12-10", checkOut: "2026-12-12" },
      {
        status: "checked_in" as const,
        checkIn: "2026-12-10",
        checkOut: "2026-12-12",
        departureTime: "14:00",
      },
      { status: "checked_in" as const, checkIn: "2026-12-10", checkOut: "2026-12-13" },
      { status: "confirmed" as const, checkIn: "2026-12-12", checkOut: "2026-12-14" },
      { status: "confirmed" as const, checkIn: "2026-12-12", checkOut: "2026-12-14", arrivalTime: "11:00" },
    ];
    const classify = stayDayStates(b, now);
    expect(stays.map(classify)).toEqual(["late", "in", "in", null, "late"]);
    expect(stays.map((r) => stayDayState(r, b, now))).toEqual(stays.map(classify));
  });
});
