import { describe, expect, it } from "vitest";
import { slotStartsOn, slotsOfBooking, weekOf } from "./amenity-slots";
import { instantAt } from "./stay-dates";

const TZ = "America/New_York";
const gym = { slotMinutes: 60, openFrom: "08:00", openUntil: "22:00", maxAdvanceDays: 30 };
const at = (day: string, time: string) => instantAt(day, time, TZ).toISOString();
const now = new Date(at("2031-03-03", "12:00"));

describe("amenity slot rules", () => {
  it("lays the day's grid from opening to the last whole slot, in the building's zone", () => {
    const slots = slotStartsOn({ ...gym, slotMinutes: 90 }, "2031-03-05", TZ);
    expect(slots[0]).toBe(at("2031-03-05", "08:00"));
    expect(slots.at(-1)).toBe(at("2031-03-05", "20:00")); // 20:00–21:30 fits, 21:30–23:00 does not
    expect(slots).toHaveLength(9);
  });

  it("keeps local opening hours across a DST change (9 March 2031 in New York)", () => {
    expect(slotStartsOn(gym, "2031-03-09", TZ)[0]).toBe("2031-03-09T12:00:00.000Z");
    expect(slotStartsOn(gym, "2031-03-08", TZ)[0]).toBe("2031-03-08T13:00:00.000Z");
  });

  it("accepts consecutive slots on the grid and returns them with the day and the week's Monday", () => {
    const r = slotsOfBooking(
      gym,
      { startsAt: at("2031-03-06", "10:00"), endsAt: at("2031-03-06", "12:00") },
      TZ,
      now,
    );
    expect(r).toEqual({
      ok: true,
      day: "2031-03-06",
      week: "2031-03-03",
      slots: [at("2031-03-06", "10:00"), at("2031-03-06", "11:00")],
    });
  });

  it.each([
    ["off_grid", "10:30", "11:30", "2031-03-06"],
    ["off_grid", "10:00", "10:45", "2031-03-06"],
    ["closed", "07:00", "08:00", "2031-03-06"],
    ["closed", "21:00", "23:00", "2031-03-06"],
    ["in_the_past", "09:00", "10:00", "2031-03-03"],
    ["too_far_ahead", "10:00", "11:00", "2031-04-03"],
  ])("refuses %s (%s–%s on %s)", (reason, from, to, day) => {
    expect(slotsOfBooking(gym, { startsAt: at(day, from), endsAt: at(day, to) }, TZ, now)).toEqual({
      ok: false,
      reason,
    });
  });

  it("refuses more than eight slots at once", () => {
    const r = slotsOfBooking(
      gym,
      { startsAt: at("2031-03-06", "08:00"), endsAt: at("2031-03-06", "17:00") },
      TZ,
      now,
    );
    expect(r).toEqual({ ok: false, reason: "too_long" });
  });

  it("weeks start on Monday", () => {
    expect(weekOf("2031-03-09")).toBe("2031-03-03"); // a Sunday
    expect(weekOf("2031-03-10")).toBe("2031-03-10"); // a Monday
  });
});
