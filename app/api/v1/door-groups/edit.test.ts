import { describe, expect, it, vi } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { createUser } from "@/server/db/users";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send, signInAs } from "@/test/route-harness";
import * as amenity from "../amenities/[id]/route";
import * as amenities from "../amenities/route";
import * as bookings from "../amenity-bookings/route";
import * as group from "./[id]/route";
import * as groups from "./route";

/** Managers edit amenities and door groups through the real handlers against DynamoDB Local. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const other = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other)]);
const [unit, unit2] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102")]);
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const otherManager = await seedToken(other, { role: "manager" });
const [lobby, garage, gym] = await Promise.all([
  seedDevice(b, { name: "Lobby" }),
  seedDevice(b, { name: "Garage" }),
  seedDevice(b, { name: "Gym door" }),
]);
const foreignLock = await seedDevice(other, { name: "Elsewhere" });
const [ana, ben] = await Promise.all([
  createUser({ user: makeUser(b, { role: "resident", unitIds: [unit.id], name: "Ana" }) }),
  createUser({ user: makeUser(b, { role: "resident", unitIds: [unit2.id], name: "Ben" }) }),
]);
const put = (body: unknown, secret: string) => send("PUT", body, bearer(secret));
const gymDef = {
  name: "Gym",
  doorDeviceIds: [gym.id],
  capacity: 2,
  slotMinutes: 60,
  openFrom: "06:00",
  openUntil: "22:00",
};

describe("editing door groups", () => {
  it("renames a zone, changes its locks, sets and clears forStays; staff 403, other building 404, foreign lock 422", async () => {
    signInAs(null);
    const made = await callRoute(
      groups.POST,
      "/api/v1/door-groups",
      post({ name: "Entrances", deviceIds: [lobby.id] }, bearer(manager.secret)),
    );
    const id = made.body.doorGroup.id;
    const path = `/api/v1/door-groups/${id}`;
    const edited = await callRoute(group.PUT, path, {
      ...put({ name: "Ways in", deviceIds: [lobby.id, garage.id], forStays: true }, manager.secret),
      params: { id },
    });
    expect(edited.status).toBe(200);
    expect(documented("put", "/api/v1/door-groups/{id}", 200)?.parse(edited.body)).toBeTruthy();
    expect(edited.body.doorGroup).toMatchObject({
      name: "Ways in",
      deviceIds: [lobby.id, garage.id],
      forStays: true,
    });
    const cleared = await callRoute(group.PUT, path, {
      ...put({ name: "Ways in", deviceIds: [lobby.id] }, manager.secret),
      params: { id },
    });
    expect(cleared.body.doorGroup.forStays).toBeUndefined();
    const list = await callRoute(groups.GET, "/api/v1/door-groups", { headers: bearer(manager.secret) });
    expect(list.body.items).toEqual([
      expect.objectContaining({ id, name: "Ways in", deviceIds: [lobby.id] }),
    ]);

    const byStaff = await callRoute(group.PUT, path, {
      ...put({ name: "X", deviceIds: [lobby.id] }, staff.secret),
      params: { id },
    });
    expect(byStaff.status).toBe(403);
    // another building's manager, naming a lock of their own building: the group is not theirs to find
    const fromElsewhere = await callRoute(group.PUT, path, {
      ...put({ name: "X", deviceIds: [foreignLock.id] }, otherManager.secret),
      params: { id },
    });
    expect(fromElsewhere.status).toBe(404);
    const missing = await callRoute(group.PUT, "/api/v1/door-groups/grp_nowhere", {
      ...put({ name: "X", deviceIds: [lobby.id] }, manager.secret),
      params: { id: "grp_nowhere" },
    });
    expect(missing.status).toBe(404);
    const foreign = await callRoute(group.PUT, path, {
      ...put({ name: "X", deviceIds: [lobby.id, foreignLock.id] }, manager.secret),
      params: { id },
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields.deviceIds).toEqual([`${foreignLock.id} is not a lock of this building`]);
  });
});

describe("editing amenities", () => {
  it("a lowered capacity refuses the next place while earlier bookings stand; hours and rules change; others refused", async () => {
    signInAs(null);
    const made = await callRoute(amenities.POST, "/api/v1/amenities", post(gymDef, bearer(manager.secret)));
    const id = made.body.amenity.id;
    const path = `/api/v1/amenities/${id}`;
    const day = addDays(todayIn("Europe/Lisbon"), 1);
    const at = (t: string) => instantAt(day, t, "Europe/Lisbon").toISOString();
    signInAs(ana);
    const first = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId: id, startsAt: at("07:00"), endsAt: at("08:00") }),
    );
    expect(first.status).toBe(201);

    signInAs(null);
    const edited = await callRoute(amenity.PUT, path, {
      ...put({ ...gymDef, capacity: 1, openFrom: "07:00", rules: "Wipe the benches." }, manager.secret),
      params: { id },
    });
    expect(edited.status).toBe(200);
    expect(documented("put", "/api/v1/amenities/{id}", 200)?.parse(edited.body)).toBeTruthy();
    expect(edited.body.amenity).toMatchObject({
      capacity: 1,
      openFrom: "07:00",
      rules: "Wipe the benches.",
      id,
    });
    expect(edited.body.amenity.createdAt).toBe(made.body.amenity.createdAt);

    signInAs(ben);
    const second = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId: id, startsAt: at("07:00"), endsAt: at("08:00") }),
    );
    expect(second.status).toBe(409);
    expect(second.body.error.details.reason).toBe("amenity_full");
    const closed = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId: id, startsAt: at("06:00"), endsAt: at("07:00") }),
    );
    expect(closed.status).toBe(422);

    signInAs(null);
    const byStaff = await callRoute(amenity.PUT, path, { ...put(gymDef, staff.secret), params: { id } });
    expect(byStaff.status).toBe(403);
    const otherBuilding = await callRoute(amenity.PUT, path, {
      ...put({ ...gymDef, doorDeviceIds: [] }, otherManager.secret),
      params: { id },
    });
    expect(otherBuilding.status).toBe(404);
    const badHours = await callRoute(amenity.PUT, path, {
      ...put({ ...gymDef, openFrom: "22:00", openUntil: "06:00" }, manager.secret),
      params: { id },
    });
    expect(badHours.status).toBe(422);
    expect(badHours.body.error.fields.openUntil).toBeTruthy();
  });
});
