import { describe, expect, it } from "vitest";
import {
  messageTemplatesSchema,
  momentDueAt,
  renderTemplate,
  STALE_AFTER_MS,
  sendableAt,
} from "./guest-message";
import { DEFAULT_MESSAGE_TEMPLATES } from "./guest-message-defaults";

const building = (timezone: string) =>
  ({
    timezone,
    config: {
      checkInTime: "15:00",
      checkOutTime: "11:00",
      doorCode: { validFromMarginMinutes: 30, validUntilMarginMinutes: 30 },
    },
  }) as Parameters<typeof momentDueAt>[3];
const t = { daysBefore: 3, time: "09:00", hoursAfter: 2 };
const iso = (d: Date) => d.toISOString();

describe("guest message schedule", () => {
  it("New York across the March DST change: each moment at its wall-clock time, in EST before and EDT after", () => {
    const stay = { checkIn: "2026-03-06", checkOut: "2026-03-09", createdAt: "2026-02-01T10:00:00.000Z" };
    const b = building("America/New_York");
    expect(iso(momentDueAt("booking_confirmed", t, stay, b))).toBe("2026-02-01T10:00:00.000Z");
    // 2026-03-03 09:00 EST (UTC-5)
    expect(iso(momentDueAt("before_arrival", t, stay, b))).toBe("2026-03-03T14:00:00.000Z");
    // 15:00 EST minus the 30-minute margin
    expect(iso(momentDueAt("code_active", t, stay, b))).toBe("2026-03-06T19:30:00.000Z");
    // clocks went forward on 8 March: 08:00 EDT (UTC-4) is 12:00Z, not 13:00Z
    expect(iso(momentDueAt("departure_morning", { ...t, time: "08:00" }, stay, b))).toBe(
      "2026-03-09T12:00:00.000Z",
    );
    // 11:00 EDT + 2 h
    expect(iso(momentDueAt("after_checkout", t, stay, b))).toBe("2026-03-09T17:00:00.000Z");
  });

  it("Lisbon across the October change, and Tokyo where the morning is the previous UTC day", () => {
    const lisbon = building("Europe/Lisbon");
    const stay = { checkIn: "2026-10-24", checkOut: "2026-10-26", createdAt: "2026-10-01T00:00:00.000Z" };
    expect(iso(momentDueAt("before_arrival", t, stay, lisbon))).toBe("2026-10-21T08:00:00.000Z"); // WEST
    expect(iso(momentDueAt("departure_morning", { ...t, time: "08:00" }, stay, lisbon))).toBe(
      "2026-10-26T08:00:00.000Z", // WET, after the change
    );
    const tokyo = building("Asia/Tokyo");
    const summer = { checkIn: "2026-06-29", checkOut: "2026-07-02", createdAt: "2026-06-01T00:00:00.000Z" };
    expect(iso(momentDueAt("departure_morning", { ...t, time: "08:00" }, summer, tokyo))).toBe(
      "2026-07-01T23:00:00.000Z",
    );
    expect(iso(momentDueAt("before_arrival", { ...t, daysBefore: 1 }, summer, tokyo))).toBe(
      "2026-06-28T00:00:00.000Z",
    );
  });

  it("a late moment: sent now if still useful, skipped otherwise", () => {
    const b = building("Europe/Lisbon");
    const now = new Date("2026-05-10T12:00:00Z");
    // booked the day before arrival: the 3-days-before message is long past, but the guest has not arrived
    const lastMinute = {
      checkIn: "2026-05-11",
      checkOut: "2026-05-13",
      createdAt: "2026-05-10T11:00:00.000Z",
    };
    const due = momentDueAt("before_arrival", t, lastMinute, b);
    expect(sendableAt("before_arrival", due, lastMinute, b, now)).toEqual(now);
    // within the grace, the due time stands
    const recent = new Date(now.getTime() - STALE_AFTER_MS + 60_000);
    expect(sendableAt("departure_morning", recent, lastMinute, b, now)).toEqual(recent);
    // a departure morning two days ago is not sent today
    expect(sendableAt("departure_morning", new Date("2026-05-08T07:00:00Z"), lastMinute, b, now)).toBeNull();
    // an old booking's confirmation is not sent when messages start long after it was made
    const old = { ...lastMinute, createdAt: "2026-04-01T00:00:00.000Z" };
    expect(sendableAt("booking_confirmed", new Date(old.createdAt), old, b, now)).toBeNull();
  });

  it("templates: placeholders filled, unknown ones refused when saved; the shipped defaults validate", () => {
    expect(renderTemplate("Hi {guestName}, unit {unit} {other}", { guestName: "Ana", unit: "12" })).toBe(
      "Hi Ana, unit 12 {other}",
    );
    expect(messageTemplatesSchema.safeParse(DEFAULT_MESSAGE_TEMPLATES).success).toBe(true);
    const bad = structuredClone(DEFAULT_MESSAGE_TEMPLATES);
    bad.code_active.texts.es.sms = "Tu código: {doorCode}";
    const parsed = messageTemplatesSchema.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0].path).toEqual(["code_active", "texts", "es", "sms"]);
  });
});
