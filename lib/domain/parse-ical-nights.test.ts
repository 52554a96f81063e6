import { describe, expect, it, vi } from "vitest";
import * as stayDates from "@/lib/domain/stay-dates";
import { MAX_IMPORTED_NIGHTS, parseIcalNights } from "./parse-ical-nights";

const ics = (start: string, end: string) =>
  [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//test//EN",
    "BEGIN:VEVENT",
    "UID:e1@test",
    `DTSTART;VALUE=DATE:${start}`,
    `DTEND;VALUE=DATE:${end}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ].join("\r\n");

describe("parseIcalNights", () => {
  it("reads an ordinary event as its nights", () => {
    expect(parseIcalNights(ics("20310301", "20310304"), "UTC")).toEqual({
      events: 1,
      nights: ["2031-03-01", "2031-03-02", "2031-03-03"],
    });
  });

  it("refuses one event spanning thousands of years before listing a single night of it", () => {
    const spy = vi.spyOn(stayDates, "nightsOf");
    const started = performance.now();
    expect(() => parseIcalNights(ics("10000101", "99991231"), "UTC")).toThrow(
      `more than ${MAX_IMPORTED_NIGHTS} nights`,
    );
    expect(spy).not.toHaveBeenCalled();
    expect(performance.now() - started).toBeLessThan(200);
    spy.mockRestore();
  });

  it("refuses a date it cannot read as a calendar date instead of skipping it", () => {
    expect(() => parseIcalNights(ics("00010101", "20310101"), "UTC")).toThrow(/outside the years/);
  });

  it("still takes an event of exactly the cap, and refuses one night more", () => {
    const start = "2031-01-01";
    const end = stayDates.addDays(start, MAX_IMPORTED_NIGHTS);
    const compact = (d: string) => d.replaceAll("-", "");
    expect(parseIcalNights(ics(compact(start), compact(end)), "UTC").nights).toHaveLength(
      MAX_IMPORTED_NIGHTS,
    );
    const over = stayDates.addDays(end, 1);
    expect(() => parseIcalNights(ics(compact(start), compact(over)), "UTC")).toThrow(/more than/);
  });
});
