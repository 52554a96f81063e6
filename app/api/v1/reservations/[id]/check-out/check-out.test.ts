import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "@/server/db/buildings";
import { createReservation, getReservation } from "@/server/db/reservations";
import { issueStayDoorCodes } from "@/server/services/door-codes/stay-door-codes";
import { checkOutStay } from "@/server/services/stays/check-out-stay";
import { sweepCheckOuts } from "@/server/services/stays/sweep-check-outs";
import { sweepNoShows } from "@/server/services/stays/sweep-no-shows";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post } from "@/test/route-harness";
import * as route from "./route";

vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const staff = await seedToken(b, { role: "staff" });
const stay = (
  unitId: string,
  checkIn: string,
  checkOut: string,
  status: "checked_in" | "confirmed" = "checked_in",
) => createReservation({ reservation: makeReservation(b, unitId, checkIn, checkOut, { status }) });
const guestOf = (reservationId: string, unitId: string): Actor => ({
  kind: "guest",
  id: `guest:${reservationId}`,
  role: "guest",
  buildingId: b,
  unitIds: [unitId],
  reservationId,
  name: "Test Guest",
});

describe("check-out", () => {
  it("staff check a stay out: checked_out with its time, and its door code made due for deletion now; twice is a 409", async () => {
    const unit = await seedUnit(b, "401");
    await seedDevice(b, { unitId: unit.id, name: "401 door" });
    const r = await stay(unit.id, "2026-12-01", "2026-12-05");
    expect(await issueStayDoorCodes(r, await getBuilding({ buildingId: b }), null)).toBe(true);
    const res = await callRoute(route.POST, `/api/v1/reservations/${r.id}/check-out`, {
      ...post({}, bearer(staff.secret)),
      params: { id: r.id },
    });
    expect(res.status, res.text).toBe(200);
    expect(documented("post", "/api/v1/reservations/{id}/check-out")?.safeParse(res.body).success).toBe(true);
    expect(res.body.reservation.status).toBe("checked_out");
    const stored = await getReservation({ buildingId: b, reservationId: r.id });
    expect(stored.checkedOutAt).toBeDefined();
    expect(stored.doorAccess?.revokeDueAt).toBeDefined();
    const again = await callRoute(route.POST, `/api/v1/reservations/${r.id}/check-out`, {
      ...post({}, bearer(staff.secret)),
      params: { id: r.id },
    });
    expect(again.status).toBe(409);
  });

  it("the guest checks out their own stay only; a resident only their unit's; a stay not checked in cannot", async () => {
    const unit = await seedUnit(b, "402");
    const mine = await stay(unit.id, "2026-12-01", "2026-12-05");
    const other = await stay(unit.id, "2026-12-06", "2026-12-08");
    await expect(checkOutStay(guestOf(mine.id, unit.id), other.id)).rejects.toMatchObject({
      code: "not_found",
    });
    expect((await checkOutStay(guestOf(mine.id, unit.id), mine.id)).status).toBe("checked_out");
    const stranger = { ...userActor(b, "resident"), unitIds: ["unit_elsewhere"] };
    await expect(checkOutStay(stranger, other.id)).rejects.toMatchObject({ code: "not_found" });
    const confirmed = await stay(unit.id, "2026-12-10", "2026-12-12", "confirmed");
    const host = { ...userActor(b, "resident"), unitIds: [unit.id] };
    await expect(checkOutStay(host, confirmed.id)).rejects.toMatchObject({ code: "conflict" });
    expect((await checkOutStay(host, other.id)).status).toBe("checked_out");
  });

  it("the sweeper checks out stays still in at their check-out time (11:00 in Lisbon), not before, once", async () => {
    const unit = await seedUnit(b, "403");
    const leaving = await stay(unit.id, "2026-12-07", "2026-12-10");
    const staying = await stay(unit.id, "2026-12-10", "2026-12-12");
    const before = await sweepCheckOuts(new Date("2026-12-10T10:59:00Z"), { bridge: null, buildingIds: [b] });
    expect(before.checkedOut).toBe(0);
    const at = new Date("2026-12-10T11:01:00Z");
    const runs = await Promise.all([
      sweepCheckOuts(at, { bridge: null, buildingIds: [b] }),
      sweepCheckOuts(at, { bridge: null, buildingIds: [b] }),
    ]);
    expect(runs.reduce((n, x) => n + x.checkedOut, 0)).toBe(1);
    expect((await getReservation({ buildingId: b, reservationId: leaving.id })).status).toBe("checked_out");
    expect((await getReservation({ buildingId: b, reservationId: staying.id })).status).toBe("checked_in");
  });

  it("a confirmed stay never checked in becomes a no-show the building's hours after check-in time (default 12), not before", async () => {
    const unit = await seedUnit(b, "404");
    const absent = await stay(unit.id, "2026-11-20", "2026-11-23", "confirmed");
    const arrived = await stay(unit.id, "2026-11-23", "2026-11-25");
    // check-in 15:00 Lisbon (UTC in November) + 12 h = 03:00 the next day
    expect(
      (await sweepNoShows(new Date("2026-11-21T02:59:00Z"), { bridge: null, buildingIds: [b] })).noShows,
    ).toBe(0);
    expect(
      (await sweepNoShows(new Date("2026-11-21T03:01:00Z"), { bridge: null, buildingIds: [b] })).noShows,
    ).toBe(1);
    expect((await getReservation({ buildingId: b, reservationId: absent.id })).status).toBe("no_show");
    expect((await getReservation({ buildingId: b, reservationId: arrived.id })).status).toBe("checked_in");
    // once only
    expect(
      (await sweepNoShows(new Date("2026-11-21T04:00:00Z"), { bridge: null, buildingIds: [b] })).noShows,
    ).toBe(0);
  });
});
