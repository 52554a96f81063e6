import { describe, expect, it } from "vitest";
import { seedBuilding } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { listDoorCodes } from "../db/door-codes";
import { createReservation, getReservation } from "../db/reservations";
import { issueStayDoorCodes, revokeStayDoorCodes } from "./stay-door-codes";

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
      reservation: makeReservation(b, "unit_9", "2026-12-10", "2026-12-12"),
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

    expect(await revokeStayDoorCodes(stored, null)).toBe(true);
    expect(await revokeStayDoorCodes(stored, null)).toBe(false);
    expect((await getReservation({ buildingId: b, reservationId: r.id })).doorAccess).toBeNull();
  });
});
