import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { createReservationForActor } from "./create-reservation";
import { listReservationsForActor } from "./list-reservations";

const b = newBuildingId();
await seedBuilding(b);
const [u1, u2, u3] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102"), seedUnit(b, "103")]);
const manager = userActor(b);
const book = (unitId: string, checkIn: string, checkOut: string) =>
  createReservationForActor(
    manager,
    { unitId, checkIn, checkOut, guest: { name: "G", email: "g@guest.example" }, guestCount: 1 },
    { source: "portal" },
  );
const mine = [
  await book(u1.id, "2034-01-01", "2034-01-03"),
  await book(u2.id, "2034-01-05", "2034-01-06"),
  await book(u2.id, "2034-02-01", "2034-02-02"),
];
await book(u3.id, "2034-01-01", "2034-01-02");
const resident: Actor = { ...userActor(b, "resident"), unitIds: [u1.id, u2.id] };

describe("listReservationsForActor for a resident with several units", () => {
  it("pages through each of their units in turn, never another unit's stays", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listReservationsForActor(resident, { limit: 1, cursor });
      seen.push(...page.items.map((r) => r.id));
      if (!page.cursor) break;
      cursor = page.cursor;
    }
    expect(seen.sort()).toEqual(mine.map((m) => m.reservation.id).sort());
  });

  it("applies filters to their own units and refuses a forged cursor with 400", async () => {
    const feb = await listReservationsForActor(resident, {
      limit: 50,
      unitId: u2.id,
      from: "2034-02-01",
      to: "2034-03-01",
    });
    expect(feb.items.map((r) => r.id)).toEqual([mine[2]?.reservation.id]);
    const notMine = await listReservationsForActor(resident, { limit: 50, unitId: u3.id });
    expect(notMine.items).toEqual([]);
    const forged = Buffer.from(JSON.stringify({ i: 7, c: null })).toString("base64url");
    await expect(listReservationsForActor(resident, { limit: 50, cursor: forged })).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});
