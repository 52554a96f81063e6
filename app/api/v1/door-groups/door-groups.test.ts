import { describe, expect, it, vi } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { getDoorCode } from "@/server/db/door-codes";
import { createUser } from "@/server/db/users";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as amenities from "../amenities/route";
import * as bookings from "../amenity-bookings/route";
import * as groups from "./route";

/** Door groups through the real handlers against DynamoDB Local, and an amenity booking granted by one. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const other = newBuildingId();
await Promise.all([seedBuilding(b), seedBuilding(other)]);
const unit = await seedUnit(b, "101");
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const [lobby, garage, gym] = await Promise.all([
  seedDevice(b, { name: "Lobby" }),
  seedDevice(b, { name: "Garage" }),
  seedDevice(b, { name: "Gym door" }),
]);
const foreignLock = await seedDevice(other, { name: "Elsewhere" });
const resident = await createUser({
  user: makeUser(b, { role: "resident", unitIds: [unit.id], name: "Lee" }),
});

describe("door groups", () => {
  it("managers group the building's locks into zones; others are refused or told which ids are wrong", async () => {
    signInAs(null);
    const made = await callRoute(
      groups.POST,
      "/api/v1/door-groups",
      post({ name: "Ground floor", deviceIds: [lobby.id, garage.id] }, bearer(manager.secret)),
    );
    expect(made.status).toBe(201);
    expect(documented("post", "/api/v1/door-groups", 201)?.parse(made.body)).toBeTruthy();
    const foreign = await callRoute(
      groups.POST,
      "/api/v1/door-groups",
      post({ name: "Sneaky", deviceIds: [lobby.id, foreignLock.id] }, bearer(manager.secret)),
    );
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.fields.deviceIds).toEqual([`${foreignLock.id} is not a lock of this building`]);
    const byStaff = await callRoute(
      groups.POST,
      "/api/v1/door-groups",
      post({ name: "X", deviceIds: [lobby.id] }, bearer(staff.secret)),
    );
    expect(byStaff.status).toBe(403);
    const list = await callRoute(groups.GET, "/api/v1/door-groups", { headers: bearer(staff.secret) });
    expect(list.body.items.map((g: { name: string }) => g.name)).toEqual(["Ground floor"]);
  });

  it("an amenity granted by a door group gives its booker the code on the group's locks too", async () => {
    signInAs(null);
    const zone = await callRoute(
      groups.POST,
      "/api/v1/door-groups",
      post({ name: "Lobby only", deviceIds: [lobby.id] }, bearer(manager.secret)),
    );
    const amenity = await callRoute(
      amenities.POST,
      "/api/v1/amenities",
      post(
        {
          name: "Gym",
          doorDeviceIds: [gym.id],
          doorGroupIds: [zone.body.doorGroup.id],
          capacity: 5,
          slotMinutes: 60,
          openFrom: "06:00",
          openUntil: "22:00",
        },
        bearer(manager.secret),
      ),
    );
    expect(amenity.status).toBe(201);
    const unknownGroup = await callRoute(
      amenities.POST,
      "/api/v1/amenities",
      post(
        {
          name: "Pool",
          doorGroupIds: ["grp_nowhere"],
          capacity: 5,
          slotMinutes: 60,
          openFrom: "06:00",
          openUntil: "22:00",
        },
        bearer(manager.secret),
      ),
    );
    expect(unknownGroup.status).toBe(422);

    const day = addDays(todayIn("Europe/Lisbon"), 1);
    const at = (t: string) => instantAt(day, t, "Europe/Lisbon").toISOString();
    signInAs(resident);
    const booked = await callRoute(
      bookings.POST,
      "/api/v1/amenity-bookings",
      post({ amenityId: amenity.body.amenity.id, startsAt: at("07:00"), endsAt: at("08:00") }),
    );
    expect(booked.status).toBe(201);
    expect(new Set(booked.body.booking.access.deviceIds)).toEqual(new Set([gym.id, lobby.id]));
    const onLobby = await getDoorCode({
      buildingId: b,
      deviceId: lobby.id,
      codeId: booked.body.booking.access.codeId,
    });
    expect(onLobby).toMatchObject({ pin: booked.body.booking.access.pin, holder: { name: "Lee" } });
    await expect(
      getDoorCode({ buildingId: b, deviceId: garage.id, codeId: booked.body.booking.access.codeId }),
    ).rejects.toMatchObject({ code: "not_found" });
  });
});
