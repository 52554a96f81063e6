import ICAL from "ical.js";
import { describe, expect, it, vi } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import { addDays, nightsOf, todayIn } from "@/lib/domain/stay-dates";
import { updateBuildingConfig } from "@/server/db/buildings";
import { listNights } from "@/server/db/reservation-queries";
import { blockNights } from "@/server/db/reservations";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { routeResponse } from "@/test/route-harness";
import * as icsRoute from "./calendar.ics/route";
import * as feedRoute from "./calendar-feed/route";
import * as importRoute from "./calendar-import/route";

// Auth.js is not needed (tokens and the feed secret authenticate here); the stub keeps next-auth out.
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
await updateBuildingConfig({
  buildingId: b,
  config: buildingConfigSchema.parse({ cleaningBufferNights: 1 }),
});
const unit = await seedUnit(b, "101");
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const today = todayIn("Europe/Lisbon");
const d = (n: number) => addDays(today, n);
const book = (checkIn: string, checkOut: string) =>
  createReservation(
    userActor(b),
    {
      unitId: unit.id,
      checkIn,
      checkOut,
      guest: { name: "Secret Name", email: "secret@guest.example" },
      guestCount: 1,
    },
    { source: "portal" },
  );
const issue = async () => {
  const res = await routeResponse(feedRoute.POST, `/api/v1/units/${unit.id}/calendar-feed`, {
    method: "POST",
    headers: bearer(manager.secret),
    params: { id: unit.id },
  });
  return ((await res.json()) as { url: string }).url;
};
/** Every night an .ics file's events cover, as a parser other than ours reads them. */
function feedNights(text: string): string[] {
  const root = new ICAL.Component(ICAL.parse(text));
  return root
    .getAllSubcomponents("vevent")
    .flatMap((v) => {
      const e = new ICAL.Event(v);
      expect(e.startDate.isDate).toBe(true);
      return nightsOf(e.startDate.toString(), e.endDate.toString());
    })
    .sort();
}

describe("the unit's iCal feed", () => {
  it("parses with ical.js and its events are exactly the held nights (stays with buffer, blocks), no guest data", async () => {
    await book(d(10), d(13));
    await book(d(20), d(21));
    await blockNights({ buildingId: b, unitId: unit.id, dates: [d(30), d(31)] });
    const url = await issue();
    expect(url).toMatch(new RegExp(`/api/v1/units/${unit.id}/calendar\\.ics\\?token=[A-Za-z0-9_-]{43}$`));
    const res = await routeResponse(icsRoute.GET, url, { params: { id: unit.id } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/calendar/);
    const text = await res.text();
    expect(text).not.toMatch(/Secret Name|secret@guest/);
    const held = await listNights({ buildingId: b, unitId: unit.id, from: d(-31), to: d(366) });
    expect(feedNights(text)).toEqual(held.map((n) => n.date));
    expect(feedNights(text)).toEqual([d(10), d(11), d(12), d(13), d(20), d(21), d(30), d(31)]);
  });

  it("answers 404 for a wrong, replaced or other unit's secret; only managers issue one", async () => {
    const first = await issue();
    const second = await issue();
    expect((await routeResponse(icsRoute.GET, first, { params: { id: unit.id } })).status).toBe(404);
    expect((await routeResponse(icsRoute.GET, second, { params: { id: unit.id } })).status).toBe(200);
    const other = await seedUnit(b, "102");
    expect((await routeResponse(icsRoute.GET, second, { params: { id: other.id } })).status).toBe(404);
    expect(
      (
        await routeResponse(icsRoute.GET, `/api/v1/units/${unit.id}/calendar.ics?token=nope`, {
          params: { id: unit.id },
        })
      ).status,
    ).toBe(404);
    expect(
      (
        await routeResponse(icsRoute.GET, `/api/v1/units/${unit.id}/calendar.ics`, {
          params: { id: unit.id },
        })
      ).status,
    ).toBe(422);
    const refused = await routeResponse(feedRoute.POST, "/x", {
      method: "POST",
      headers: bearer(staff.secret),
      params: { id: unit.id },
    });
    expect(refused.status).toBe(403);
  });
});

describe("importing another channel's calendar", () => {
  const ics = (events: string[]) =>
    ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Other Channel//EN", ...events, "END:VCALENDAR"].join(
      "\r\n",
    );
  const compact = (date: string) => date.replaceAll("-", "");
  const event = (uid: string, start: string, end: string, extra: string[] = []) =>
    ["BEGIN:VEVENT", `UID:${uid}`, "DTSTAMP:20260101T000000Z", start, end, ...extra, "END:VEVENT"].join(
      "\r\n",
    );
  const post = (text: string) =>
    routeResponse(importRoute.POST, "/x", {
      method: "POST",
      body: JSON.stringify({ ics: text }),
      headers: bearer(manager.secret),
      params: { id: unit.id },
    });

  it("blocks the events' future nights, skips held ones and cancelled events, and is idempotent", async () => {
    await book(d(100), d(102));
    const file = ics([
      event("a", `DTSTART;VALUE=DATE:${compact(d(90))}`, `DTEND;VALUE=DATE:${compact(d(92))}`),
      // a timed event: 14:00 to next day 10:00 UTC holds one night
      event("b", `DTSTART:${compact(d(95))}T140000Z`, `DTEND:${compact(d(96))}T100000Z`),
      event("c", `DTSTART;VALUE=DATE:${compact(d(101))}`, `DTEND;VALUE=DATE:${compact(d(104))}`),
      event("x", `DTSTART;VALUE=DATE:${compact(d(110))}`, `DTEND;VALUE=DATE:${compact(d(112))}`, [
        "STATUS:CANCELLED",
      ]),
      event("old", `DTSTART;VALUE=DATE:${compact(d(-5))}`, `DTEND;VALUE=DATE:${compact(d(-4))}`),
    ]);
    const res = await post(file);
    expect(res.status).toBe(200);
    const out = await res.json();
    expect(out.events).toBe(4);
    expect(out.blocked).toEqual([d(90), d(91), d(95), d(103)]);
    expect(out.skipped).toEqual([
      { date: d(-5), reason: "past" },
      { date: d(101), reason: "held" },
      { date: d(102), reason: "held" },
    ]);
    const nights = await listNights({ buildingId: b, unitId: unit.id, from: d(90), to: d(104) });
    expect(nights.filter((n) => n.kind === "block").map((n) => n.date)).toEqual([
      d(90),
      d(91),
      d(95),
      d(103),
    ]);
    await expect(book(d(90), d(91))).rejects.toMatchObject({ code: "conflict" });
    const again = await (await post(file)).json();
    expect(again.blocked).toEqual([]);
  });

  it("refuses a file that is not iCalendar (422 on ics) and non-managers (403)", async () => {
    const bad = await post("hello, this is not a calendar");
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fields).toHaveProperty("ics");
    const refused = await routeResponse(importRoute.POST, "/x", {
      method: "POST",
      body: JSON.stringify({ ics: ics([]) }),
      headers: bearer(staff.secret),
      params: { id: unit.id },
    });
    expect(refused.status).toBe(403);
  });
});
