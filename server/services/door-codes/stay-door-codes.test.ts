import { describe, expect, it } from "vitest";
import { seedBuilding } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { listCommandsByDevice } from "../../db/device-commands";
import { listDoorCodes, setDoorCodeStatus } from "../../db/door-codes";
import { createDoorGroup } from "../../db/door-groups";
import { createReservation, getReservation } from "../../db/reservations";
import { issueStayDoorCodes, revokeBackoffMs, revokeStayDoorCodes } from "./stay-door-codes";

/**
 * Door codes for a stay, with no broker connection: the set_code commands end `unreachable` at once, so each
 * code is kept as `failed` (visible to staff), and issuing twice (check-in + sweeper, or two instances) issues once.
 */
describe("stay door codes", () => {
  it("issues one code on the unit's lock and the shared doors, once; a code that could not be set is failed", async () => {
    const b = newBuildingId();
    const building = await seedBuilding(b);
    const unitLock = await seedDevice(b, { unitId: "unit_9", name: "Unit 9 door" });
    const lobby = await seedDevice(b, { name: "Lobby door" });
    await seedDevice(b, { unitId: "unit_8", name: "Other unit door" });
    const r = await createReservation({
      reservation: makeReservation(b, "unit_9", "2026-12-10", "2026-12-12", { status: "checked_in" }),
    });

    const results = await Promise.all([
      issueStayDoorCodes(r, building, null),
      issueStayDoorCodes(r, building, null),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    const stored = await getReservation({ buildingId: b, reservationId: r.id });
    expect(stored.doorAccess?.deviceId).toBe(unitLock.id);
    // Europe/Lisbon: check-in 15:00 minus 60 min, check-out 11:00 plus 60 min (UTC in winter)
    expect(stored.doorAccess?.validFrom).toBe("2026-12-10T14:00:00.000Z");
    expect(stored.doorAccess?.validUntil).toBe("2026-12-12T12:00:00.000Z");
    for (const lock of [unitLock, lobby]) {
      const codes = await listDoorCodes({ buildingId: b, deviceId: lock.id });
      expect(codes.items).toHaveLength(1);
      expect(codes.items[0]).toMatchObject({
        id: stored.doorAccess?.codeId,
        status: "failed",
        reservationId: r.id,
      });
      expect(codes.items[0]?.pin).toMatch(/^\d{6}$/);
    }

    // no broker: the deletes end unreachable, so the stay keeps its access and the sweeper asks again later
    const deletes = async () =>
      (
        await Promise.all(
          [unitLock, lobby].map((d) => listCommandsByDevice({ buildingId: b, deviceId: d.id, limit: 50 })),
        )
      )
        .flatMap((p) => p.items)
        .filter((c) => c.action === "delete_code");
    const t0 = new Date();
    expect(await revokeStayDoorCodes(stored, null, t0)).toBe(false);
    expect(await deletes()).toHaveLength(2);
    const tried = await getReservation({ buildingId: b, reservationId: r.id });
    expect(tried.doorAccess).toMatchObject({ codeId: stored.doorAccess?.codeId, revokeAttempts: 1 });
    // within the pause nothing is sent again, even from a stale copy of the stay (another instance)
    expect(await revokeStayDoorCodes(tried, null, new Date(t0.getTime() + 30_000))).toBe(false);
    expect(await revokeStayDoorCodes(stored, null, new Date(t0.getTime() + 90_000))).toBe(false);
    expect(await deletes()).toHaveLength(2);
    // after it, one more attempt
    expect(await revokeStayDoorCodes(tried, null, new Date(t0.getTime() + 61_000))).toBe(false);
    expect(await deletes()).toHaveLength(4);
    // once every lock acknowledged the delete (as the ack handler marks it), the access is released, once
    const retried = await getReservation({ buildingId: b, reservationId: r.id });
    expect(retried.doorAccess?.revokeAttempts).toBe(2);
    for (const lock of [unitLock, lobby]) {
      await setDoorCodeStatus({
        buildingId: b,
        deviceId: lock.id,
        codeId: retried.doorAccess?.codeId ?? "",
        status: "deleted",
      });
    }
    expect(await revokeStayDoorCodes(retried, null)).toBe(true);
    expect(await revokeStayDoorCodes(retried, null)).toBe(false);
    expect((await getReservation({ buildingId: b, reservationId: r.id })).doorAccess).toBeNull();
  });

  it("with door groups marked for stays, a stay's code opens those zones only, not every common-area lock", async () => {
    const b = newBuildingId();
    const building = await seedBuilding(b);
    const unitLock = await seedDevice(b, { unitId: "unit_9", name: "Unit 9 door" });
    const lobby = await seedDevice(b, { name: "Lobby door" });
    const gym = await seedDevice(b, { name: "Gym door" });
    const at = new Date().toISOString();
    await createDoorGroup({
      group: {
        id: "grp_entry",
        buildingId: b,
        name: "Entrance",
        deviceIds: [lobby.id],
        forStays: true,
        createdAt: at,
        updatedAt: at,
      },
    });
    await createDoorGroup({
      group: { id: "grp_gym", buildingId: b, name: "Gym", deviceIds: [gym.id], createdAt: at, updatedAt: at },
    });
    const r = await createReservation({
      reservation: makeReservation(b, "unit_9", "2026-12-10", "2026-12-12", { status: "checked_in" }),
    });
    expect(await issueStayDoorCodes(r, building, null)).toBe(true);
    const count = async (deviceId: string) => (await listDoorCodes({ buildingId: b, deviceId })).items.length;
    expect([await count(unitLock.id), await count(lobby.id), await count(gym.id)]).toEqual([1, 1, 0]);
  });

  it("pauses longer after each failed attempt, up to an hour", () => {
    expect([1, 2, 3, 4, 7, 8, 20].map((n) => revokeBackoffMs(n) / 60_000)).toEqual([1, 2, 4, 8, 60, 60, 60]);
  });
});
