import { describe, expect, it } from "vitest";
import { createPassInputSchema, type PassSchedule } from "./pass";
import { nextPassWindow, passIdOfCode, passWindowAt, passWindows, windowCodeId } from "./pass-schedule";

const TZ = "America/New_York";
// Tuesdays and Thursdays 09:00–12:00 in December 2026 (EST, UTC-5); 2026-12-01 is a Tuesday
const weekly: PassSchedule = {
  kind: "weekly",
  from: "2026-12-01",
  until: "2026-12-31",
  weekdays: ["tue", "thu"],
  startTime: "09:00",
  endTime: "12:00",
};

describe("pass schedules", () => {
  it("a weekly pass opens only on its weekdays, in building hours", () => {
    const ws = passWindows(weekly, TZ, new Date("2026-11-30T00:00:00Z"), 4);
    expect(ws).toEqual([
      { start: "2026-12-01T14:00:00.000Z", end: "2026-12-01T17:00:00.000Z" },
      { start: "2026-12-03T14:00:00.000Z", end: "2026-12-03T17:00:00.000Z" },
      { start: "2026-12-08T14:00:00.000Z", end: "2026-12-08T17:00:00.000Z" },
      { start: "2026-12-10T14:00:00.000Z", end: "2026-12-10T17:00:00.000Z" },
    ]);
  });

  it("knows the window open now and the next one", () => {
    expect(passWindowAt(weekly, TZ, new Date("2026-12-03T15:00:00Z"))?.start).toBe(
      "2026-12-03T14:00:00.000Z",
    );
    // Wednesday: closed, the next is Thursday
    expect(passWindowAt(weekly, TZ, new Date("2026-12-02T15:00:00Z"))).toBeNull();
    expect(nextPassWindow(weekly, TZ, new Date("2026-12-02T15:00:00Z"))?.start).toBe(
      "2026-12-03T14:00:00.000Z",
    );
    // at the window's end it is closed (end is exclusive)
    expect(passWindowAt(weekly, TZ, new Date("2026-12-03T17:00:00Z"))).toBeNull();
    // after the last Thursday of the range nothing is left
    expect(nextPassWindow(weekly, TZ, new Date("2026-12-31T18:00:00Z"))).toBeNull();
  });

  it("keeps building hours across a daylight-saving change", () => {
    const march: PassSchedule = { ...weekly, from: "2027-03-01", until: "2027-03-20", weekdays: ["mon"] };
    const ws = passWindows(march, TZ, new Date("2027-03-01T00:00:00Z"), 3);
    // 2027 daylight saving starts Sunday 14 March: 09:00 is 14:00Z before, 13:00Z after
    expect(ws.map((w) => w.start)).toEqual([
      "2027-03-01T14:00:00.000Z",
      "2027-03-08T14:00:00.000Z",
      "2027-03-15T13:00:00.000Z",
    ]);
  });

  it("a once or range pass is one window", () => {
    const once: PassSchedule = { kind: "once", from: "2026-12-05T15:00:00Z", until: "2026-12-05T18:00:00Z" };
    expect(passWindowAt(once, TZ, new Date("2026-12-05T16:00:00Z"))).toEqual({
      start: "2026-12-05T15:00:00.000Z",
      end: "2026-12-05T18:00:00.000Z",
    });
    expect(passWindows(once, TZ, new Date("2026-12-05T18:00:00Z"))).toEqual([]);
  });

  it("a window's code id leads back to its pass", () => {
    const id = windowCodeId("01JABCDEFGHJKMNPQRSTVWXYZ0", "2026-12-03T14:00:00.000Z");
    expect(id).toBe("01JABCDEFGHJKMNPQRSTVWXYZ0-20261203T1400");
    expect(passIdOfCode(id)).toBe("01JABCDEFGHJKMNPQRSTVWXYZ0");
    expect(passIdOfCode("01JABCDEFGHJKMNPQRSTVWXYZ0")).toBeNull();
  });

  it("refuses a schedule that ends before it starts, and an email delivery without an email", () => {
    const base = { holder: { name: "Ana", kind: "cleaner" }, doorGroupIds: ["g1"] };
    expect(
      createPassInputSchema.safeParse({ ...base, schedule: { ...weekly, endTime: "08:00" } }).success,
    ).toBe(false);
    expect(createPassInputSchema.safeParse({ ...base, schedule: weekly, delivery: "email" }).success).toBe(
      false,
    );
    expect(createPassInputSchema.safeParse({ ...base, schedule: weekly }).success).toBe(true);
    expect(createPassInputSchema.safeParse({ ...base, doorGroupIds: [], schedule: weekly }).success).toBe(
      false,
    );
  });
});
