import { describe, expect, it, vi } from "vitest";
import * as unitAvailability from "@/app/api/v1/units/[id]/availability/route";
import { listOutboxEmails } from "@/server/db/outbox";
import { listNights } from "@/server/db/reservation-queries";
import { blockNights } from "@/server/db/reservations";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { errorBodySchema } from "@/server/http/openapi/errors";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as cancel from "./[id]/cancel/route";
import * as one from "./[id]/route";
import * as reservations from "./route";

/**
 * The reservations API end to end through the real route handlers against DynamoDB Local: managers and staff by
 * API token, residents by a session (Auth.js stubbed to return the session the test chooses).
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const stay = (unitId: string, checkIn: string, checkOut: string, over: object = {}) => ({
  unitId,
  checkIn,
  checkOut,
  guest: { name: "Ana Guest", email: "ana@guest.example", phone: "+351 910 000 000" },
  guestCount: 2,
  ...over,
});

const a = newBuildingId();
const b = newBuildingId();
await Promise.all([seedBuilding(a), seedBuilding(b)]);
const [u1, u2, u3, uB] = await Promise.all([
  seedUnit(a, "101"),
  seedUnit(a, "102"),
  seedUnit(a, "103"),
  seedUnit(b, "101"),
]);
const managerA = await seedToken(a, { role: "manager" });
const staffA = await seedToken(a, { role: "staff" });
const managerB = await seedToken(b, { role: "manager" });
const resident = await createUser({ user: makeUser(a, { role: "resident", unitIds: [u1.id] }) });
const neighbour = await createUser({ user: makeUser(a, { role: "resident", unitIds: [u2.id] }) });

describe("POST /api/v1/reservations: no double booking under a burst", () => {
  it("50 concurrent overlapping requests for one unit: exactly one 201 and 49 409s naming the dates", async () => {
    signInAs(null);
    const requests = Array.from({ length: 50 }, (_, i) => {
      const checkIn = `2031-03-${String(10 + (i % 5)).padStart(2, "0")}`;
      const checkOut = `2031-03-${String(15 + (i % 5)).padStart(2, "0")}`;
      return callRoute(
        reservations.POST,
        "/api/v1/reservations",
        post(stay(u3.id, checkIn, checkOut), bearer(managerA.secret)),
      );
    });
    const results = await Promise.all(requests);
    const statuses = results.map((r) => r.res.status);
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    for (const r of results.filter((x) => x.res.status === 409)) {
      expect(errorBodySchema.parse(r.body).error.message).toMatch(/already booked: 2031-03-\d\d/);
    }
    const won = results.find((r) => r.res.status === 201)?.body;
    documented("post", "/api/v1/reservations", 201)?.parse(won);
    const nights = await listNights({ buildingId: a, unitId: u3.id, from: "2031-03-01", to: "2031-04-01" });
    expect(nights.map((n) => n.date)).toEqual(
      Array.from(
        { length: 5 },
        (_, i) => `2031-03-${String(Number(won.reservation.checkIn.slice(-2)) + i).padStart(2, "0")}`,
      ),
    );
    expect(new Set(nights.map((n) => n.reservationId))).toEqual(new Set([won.reservation.id]));
  });
});

describe("residents book, see and cancel their own units only", () => {
  it("books their unit: 201 with the stay, the price, the check-in URL (emailed), no token hash", async () => {
    signInAs({ id: resident.id, buildingId: a });
    const { res, body } = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u1.id, "2031-05-01", "2031-05-04")),
    );
    expect(res.status).toBe(201);
    expect(body.reservation).toMatchObject({
      unitId: u1.id,
      status: "confirmed",
      source: "api",
      bookedBy: resident.id,
    });
    expect(body.reservation.price).toEqual({ amountMinor: 30_000, currency: "EUR" });
    expect(body.checkInUrl).toMatch(/^http:\/\/localhost:3000\/checkin\/[A-Za-z0-9_-]{43}$/);
    expect(JSON.stringify(body)).not.toContain("tokenHash");
    const outbox = await listOutboxEmails({ buildingId: a });
    // locally the full text (with the link) is kept until the link expires; the record's text never has it
    expect(outbox.items.some((e) => e.text.includes(body.checkInUrl))).toBe(false);
    expect(outbox.items.find((e) => e.fullText?.includes(body.checkInUrl))).toMatchObject({
      to: "ana@guest.example",
      kind: "checkin_link",
      status: "pending",
    });
  });

  it("cannot book, see or cancel another resident's unit (403 / 404)", async () => {
    signInAs({ id: neighbour.id, buildingId: a });
    const theirs = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u2.id, "2031-06-01", "2031-06-03")),
    );
    expect(theirs.res.status).toBe(201);
    signInAs({ id: resident.id, buildingId: a });
    const book = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u2.id, "2031-07-01", "2031-07-03")),
    );
    expect(book.res.status).toBe(403);
    const id = theirs.body.reservation.id;
    expect((await callRoute(one.GET, `/api/v1/reservations/${id}`, { params: { id } })).res.status).toBe(404);
    expect(
      (await callRoute(cancel.POST, `/api/v1/reservations/${id}/cancel`, { method: "POST", params: { id } }))
        .res.status,
    ).toBe(404);
    const list = await callRoute(reservations.GET, "/api/v1/reservations");
    documented("get", "/api/v1/reservations")?.parse(list.body);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((r: { unitId: string }) => r.unitId === u1.id)).toBe(true);
    const other = await callRoute(reservations.GET, `/api/v1/reservations?unitId=${u2.id}`);
    expect(other.body.items).toEqual([]);
    const cal = await callRoute(unitAvailability.GET, `/api/v1/units/${u2.id}/availability?month=2031-06`, {
      params: { id: u2.id },
    });
    expect(cal.res.status).toBe(403);
  });

  it("cancels their own stay: nights freed at once, link revoked, same dates bookable again", async () => {
    signInAs({ id: resident.id, buildingId: a });
    const made = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u1.id, "2031-08-01", "2031-08-03")),
    );
    const id = made.body.reservation.id;
    const done = await callRoute(cancel.POST, `/api/v1/reservations/${id}/cancel`, {
      method: "POST",
      params: { id },
    });
    expect(done.res.status).toBe(200);
    documented("post", "/api/v1/reservations/{id}/cancel")?.parse(done.body);
    expect(done.body.reservation).toMatchObject({ status: "cancelled", checkinLink: { revoked: true } });
    expect(await listNights({ buildingId: a, unitId: u1.id, from: "2031-08-01", to: "2031-08-03" })).toEqual(
      [],
    );
    const again = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u1.id, "2031-08-01", "2031-08-03")),
    );
    expect(again.res.status).toBe(201);
  });
});

describe("staff, managers and buildings", () => {
  it("staff see the building's stays with filters but cannot book or cancel (403)", async () => {
    signInAs(null);
    const made = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u2.id, "2031-09-10", "2031-09-12"), bearer(managerA.secret)),
    );
    const id = made.body.reservation.id;
    const arrivals = await callRoute(reservations.GET, "/api/v1/reservations?arrivingOn=2031-09-10", {
      headers: bearer(staffA.secret),
    });
    expect(arrivals.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const departures = await callRoute(reservations.GET, "/api/v1/reservations?departingOn=2031-09-12", {
      headers: bearer(staffA.secret),
    });
    expect(departures.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const byUnit = await callRoute(
      reservations.GET,
      `/api/v1/reservations?unitId=${u2.id}&status=confirmed&from=2031-09-11&to=2031-09-30`,
      {
        headers: bearer(staffA.secret),
      },
    );
    expect(byUnit.body.items.map((r: { id: string }) => r.id)).toEqual([id]);
    const got = await callRoute(one.GET, `/api/v1/reservations/${id}`, {
      headers: bearer(staffA.secret),
      params: { id },
    });
    documented("get", "/api/v1/reservations/{id}")?.parse(got.body);
    expect(
      (
        await callRoute(
          reservations.POST,
          "/api/v1/reservations",
          post(stay(u2.id, "2031-10-01", "2031-10-02"), bearer(staffA.secret)),
        )
      ).res.status,
    ).toBe(403);
    expect(
      (
        await callRoute(cancel.POST, `/api/v1/reservations/${id}/cancel`, {
          method: "POST",
          headers: bearer(staffA.secret),
          params: { id },
        })
      ).res.status,
    ).toBe(403);
  });

  it("nothing crosses buildings: another building's manager gets 404 and an empty list", async () => {
    const made = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(u2.id, "2031-11-01", "2031-11-03"), bearer(managerA.secret)),
    );
    const id = made.body.reservation.id;
    const h = { headers: bearer(managerB.secret) };
    expect(
      (await callRoute(one.GET, `/api/v1/reservations/${id}`, { ...h, params: { id } })).res.status,
    ).toBe(404);
    expect(
      (
        await callRoute(cancel.POST, `/api/v1/reservations/${id}/cancel`, {
          method: "POST",
          ...h,
          params: { id },
        })
      ).res.status,
    ).toBe(404);
    const list = await callRoute(reservations.GET, `/api/v1/reservations?unitId=${u2.id}`, h);
    expect(list.body.items).toEqual([]);
    expect(
      (
        await callRoute(
          reservations.POST,
          "/api/v1/reservations",
          post(stay(u1.id, "2031-11-05", "2031-11-06"), h.headers),
        )
      ).res.status,
    ).toBe(404);
    const all = await callRoute(reservations.GET, "/api/v1/reservations", h);
    expect(all.body.items.every((r: { buildingId: string }) => r.buildingId === b)).toBe(true);
    expect(
      (
        await callRoute(unitAvailability.GET, `/api/v1/units/${uB.id}/availability?month=2031-11`, {
          ...h,
          params: {
            id: uB.id,
          },
        })
      ).res.status,
    ).toBe(200);
    expect(
      (
        await callRoute(unitAvailability.GET, `/api/v1/units/${u1.id}/availability?month=2031-11`, {
          ...h,
          params: {
            id: u1.id,
          },
        })
      ).res.status,
    ).toBe(404);
  });
});

describe("the building's rules: 422 naming the field", () => {
  const cases: [string, object, string][] = [
    ["check-in in the past", { checkIn: "2020-01-01", checkOut: "2020-01-03" }, "checkIn"],
    ["check-out not after check-in", { checkIn: "2031-12-05", checkOut: "2031-12-05" }, "checkOut"],
    ["longer than maxNights", { checkIn: "2031-12-01", checkOut: "2032-01-15" }, "checkOut"],
    ["more guests than the unit holds", { guestCount: 3 }, "guestCount"],
    ["a malformed guest email", { guest: { name: "X", email: "nope" } }, "guest.email"],
  ];
  for (const [what, over, field] of cases) {
    it(what, async () => {
      const body = stay(u2.id, "2031-12-10", "2031-12-12", over);
      const { res, body: err } = await callRoute(
        reservations.POST,
        "/api/v1/reservations",
        post(body, bearer(managerA.secret)),
      );
      expect(res.status).toBe(422);
      expect(errorBodySchema.parse(err).error.fields).toHaveProperty(field);
    });
  }

  it("a unit not let as short stays, or under maintenance, is refused on unitId", async () => {
    const closed = await seedUnit(a, "104");
    await updateUnit({ buildingId: a, unitId: closed.id, patch: { rentable: false } });
    const shut = await seedUnit(a, "105");
    await updateUnit({ buildingId: a, unitId: shut.id, patch: { status: "maintenance" } });
    for (const unitId of [closed.id, shut.id]) {
      const { res, body } = await callRoute(
        reservations.POST,
        "/api/v1/reservations",
        post(stay(unitId, "2031-12-10", "2031-12-12"), bearer(managerA.secret)),
      );
      expect(res.status).toBe(422);
      expect(body.error.fields).toHaveProperty("unitId");
    }
  });
});

describe("GET /api/v1/units/{id}/availability", () => {
  it("shows booked, buffer, blocked and free nights of the month, with price and rules", async () => {
    const unit = await seedUnit(a, "201");
    await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(stay(unit.id, "2032-02-03", "2032-02-05"), bearer(managerA.secret)),
    );
    await blockNights({ buildingId: a, unitId: unit.id, dates: ["2032-02-10"] });
    const { res, body } = await callRoute(
      unitAvailability.GET,
      `/api/v1/units/${unit.id}/availability?month=2032-02`,
      { headers: bearer(staffA.secret), params: { id: unit.id } },
    );
    expect(res.status).toBe(200);
    documented("get", "/api/v1/units/{id}/availability")?.parse(body);
    const nights = body.availability.nights as { date: string; state: string; bookable: boolean }[];
    expect(nights).toHaveLength(29);
    const state = (d: string) => nights.find((n) => n.date === d)?.state;
    expect([state("2032-02-03"), state("2032-02-04"), state("2032-02-05"), state("2032-02-10")]).toEqual([
      "booked",
      "booked",
      "free",
      "blocked",
    ]);
    expect(body.availability.nightlyRate).toEqual({ amountMinor: 10_000, currency: "EUR" });
    expect(body.availability.rules).toMatchObject({ minNights: 1, maxNights: 30, maxGuests: 2 });
    const bad = await callRoute(unitAvailability.GET, `/api/v1/units/${unit.id}/availability?month=2032-13`, {
      headers: bearer(staffA.secret),
      params: { id: unit.id },
    });
    expect(bad.res.status).toBe(422);
  });
});
