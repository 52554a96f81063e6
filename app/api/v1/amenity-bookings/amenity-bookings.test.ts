import { describe, expect, it, vi } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { getDoorCode } from "@/server/db/door-codes";
import { createUser } from "@/server/db/users";
import { errorBodySchema } from "@/server/http/openapi/errors";
import { bookAmenity } from "@/server/services/amenities/book-amenity";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as slots from "../amenities/[id]/slots/route";
import * as amenities from "../amenities/route";
import * as cancel from "./[id]/cancel/route";
import * as bookings from "./route";

/**
 * Amenities end to end through the real route handlers against DynamoDB Local. The race is run through the
 * service with many residents at once (the stubbed Auth.js holds one session at a time), on the same transaction.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const TZ = "Europe/Lisbon"; // seedBuilding's zone
const b = newBuildingId();
const other = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other)]);
const [u1, u2] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102")]);
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const otherManager = await seedToken(other, { role: "manager" });
const lock = await seedDevice(b, { name: "Party room door" });
const sensor = await seedDevice(b, { type: "sensor", name: "Leak sensor" });
const alice = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u1.id], name: "Alice" }) });
const bruno = await createUser({ user: makeUser(b, { role: "resident", unitIds: [u2.id], name: "Bruno" }) });
const day = addDays(todayIn(TZ), 3);
const at = (time: string, d = day) => instantAt(d, time, TZ).toISOString();

const partyRoom = {
  name: "Party room",
  doorDeviceIds: [lock.id],
  capacity: 1,
  slotMinutes: 60,
  openFrom: "08:00",
  openUntil: "22:00",
  bookableBy: ["resident"],
  maxAdvanceDays: 30,
  maxPerWeek: 2,
  rules: "No music after 22:00.",
};

async function define(body: object, secret = manager.secret) {
  signInAs(null);
  return callRoute(amenities.POST, "/api/v1/amenities", post(body, bearer(secret)));
}

const resident = (id: string, name: string, unitId: string): Actor => ({
  kind: "user",
  id,
  role: "resident",
  buildingId: b,
  unitIds: [unitId],
  name,
});

describe("POST /api/v1/amenities", () => {
  it("managers define an amenity; its doors must be locks of the building (422 naming them)", async () => {
    const made = await define(partyRoom);
    expect(made.status).toBe(201);
    expect(documented("post", "/api/v1/amenities", 201)?.parse(made.body)).toBeTruthy();
    expect(made.body.amenity).toMatchObject({ name: "Party room", capacity: 1, maxPerWeek: 2 });

    const bad = await define({ ...partyRoom, doorDeviceIds: [sensor.id, "dev_nowhere"] });
    expect(bad.status).toBe(422);
    expect(bad.body.error.fields.doorDeviceIds).toHaveLength(2);

    const staffTry = await define(partyRoom, staff.secret);
    expect(staffTry.status).toBe(403);
    const hours = await define({ ...partyRoom, openFrom: "22:00", openUntil: "08:00" });
    expect(hours.status).toBe(422);
  });

  it("another building's amenities are invisible", async () => {
    signInAs(null);
    const list = await callRoute(amenities.GET, "/api/v1/amenities", {
      headers: bearer(otherManager.secret),
    });
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual([]);
  });
});

describe("amenity bookings", () => {
  it("a resident books the party room and gets a code for the slot on its door; a second resident is refused", async () => {
    const { body } = await define(partyRoom);
    const amenityId = body.amenity.id;
    signInAs(alice);
    const booked = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId, startsAt: at("18:00"), endsAt: at("20:00") }),
    );
    expect(booked.status).toBe(201);
    expect(documented("post", "/api/v1/amenity-bookings", 201)?.parse(booked.body)).toBeTruthy();
    const booking = booked.body.booking;
    expect(booking.access).toMatchObject({
      deviceIds: [lock.id],
      validFrom: at("18:00"),
      validUntil: at("20:00"),
    });
    expect(booking.access.pin).toMatch(/^\d{6}$/);
    const code = await getDoorCode({ buildingId: b, deviceId: lock.id, codeId: booking.access.codeId });
    expect(code).toMatchObject({
      pin: booking.access.pin,
      validFrom: at("18:00"),
      validUntil: at("20:00"),
      holder: {
        kind: "resident",
        id: alice.id,
        name: "Alice",
        source: "amenity_booking",
        sourceId: booking.id,
      },
    });

    signInAs(bruno);
    const refused = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId, startsAt: at("19:00"), endsAt: at("20:00") }),
    );
    expect(refused.status).toBe(409);
    expect(errorBodySchema.parse(refused.body).error).toMatchObject({ code: "conflict" });
    expect(refused.body.error.details).toEqual({ reason: "amenity_full" });
    const free = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId, startsAt: at("20:00"), endsAt: at("21:00") }),
    );
    expect(free.status).toBe(201);

    const day1 = await callRoute(slots.GET, `/api/v1/amenities/${amenityId}/slots?date=${day}`, {
      params: { id: amenityId },
    });
    const taken = day1.body.slots
      .filter((s: { taken: number }) => s.taken > 0)
      .map((s: { startsAt: string }) => s.startsAt);
    expect(taken).toEqual([at("18:00"), at("19:00"), at("20:00")]);

    // staff see the day's schedule, without anyone's PIN
    signInAs(null);
    const schedule = await callRoute(bookings.GET, `/api/v1/amenity-bookings?date=${day}`, {
      headers: bearer(staff.secret),
    });
    expect(schedule.body.items.map((x: { bookedBy: { name: string } }) => x.bookedBy.name)).toEqual([
      "Alice",
      "Bruno",
    ]);
    expect(schedule.body.items[0].access.pin).toBeUndefined();

    // Bruno cannot cancel Alice's booking; Alice can, which frees the slot and asks the code off the lock
    signInAs(bruno);
    const denied = await callRoute(cancel.POST, `/api/v1/amenity-bookings/${booking.id}/cancel`, {
      ...post({}),
      params: { id: booking.id },
    });
    expect(denied.status).toBe(403);
    signInAs(alice);
    const cancelled = await callRoute(cancel.POST, `/api/v1/amenity-bookings/${booking.id}/cancel`, {
      ...post({}),
      params: { id: booking.id },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.booking).toMatchObject({ status: "cancelled" });
    expect(cancelled.body.booking.access.pin).toBeUndefined();
    const after = await getDoorCode({ buildingId: b, deviceId: lock.id, codeId: booking.access.codeId });
    expect(after.removalRequestedAt).toBeTruthy();
    signInAs(bruno);
    const now = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId, startsAt: at("18:00"), endsAt: at("19:00") }),
    );
    expect(now.status).toBe(201);
  });

  it("enforces the weekly limit, the slot grid and who may book", async () => {
    const { body } = await define({
      ...partyRoom,
      name: "Rooftop",
      doorDeviceIds: [],
      capacity: 10,
      maxPerWeek: 1,
    });
    const amenityId = body.amenity.id;
    signInAs(alice);
    const first = await callRoute(
      bookings.POST,
      "/a",
      post({ amenityId, startsAt: at("09:00"), endsAt: at("10:00") }),
    );
    expect(first.status).toBe(201);
    expect(first.body.booking.access).toBeNull();
    const again = await callRoute(
      bookings.POST,
      "/a",
      post({ amenityId, startsAt: at("11:00"), endsAt: at("12:00") }),
    );
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: "conflict", details: { reason: "amenity_weekly_limit" } });
    const offGrid = await callRoute(
      bookings.POST,
      "/a",
      post({ amenityId, startsAt: at("11:30"), endsAt: at("12:30") }),
    );
    expect(offGrid.status).toBe(422);
    expect(offGrid.body.error.fields.startsAt).toEqual(["off_grid"]);
    signInAs(null);
    const staffBooks = await callRoute(
      bookings.POST,
      "/a",
      post({ amenityId, startsAt: at("11:00"), endsAt: at("12:00") }, bearer(staff.secret)),
    );
    expect(staffBooks.status).toBe(403);
  });

  it("50 concurrent bookings of the last place of a slot: exactly one succeeds, 49 are told it is full", async () => {
    const { body } = await define({
      ...partyRoom,
      name: "Gym",
      doorDeviceIds: [],
      capacity: 3,
      maxPerWeek: 0,
    });
    const amenityId = body.amenity.id;
    const slot = { amenityId, startsAt: at("10:00", addDays(day, 1)), endsAt: at("11:00", addDays(day, 1)) };
    for (const who of ["early-1", "early-2"]) await bookAmenity(resident(who, who, u1.id), slot);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => bookAmenity(resident(`racer-${i}`, `Racer ${i}`, u2.id), slot)),
    );
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const e of lost) expect(e).toMatchObject({ code: "conflict", details: { reason: "amenity_full" } });
    const day2 = await callRoute(slots.GET, `/a?date=${addDays(day, 1)}`, {
      headers: bearer(staff.secret),
      params: { id: amenityId },
    });
    const counted = day2.body.slots.find((s: { startsAt: string }) => s.startsAt === slot.startsAt);
    expect(counted).toMatchObject({ taken: 3, capacity: 3 });
  });
});
