import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/roles";
import { seedBuilding, seedUnit, userActor } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { createReservation } from "./create-reservation";
import { getReservation } from "./get-reservation";
import { listReservations } from "./list-reservations";

const b = newBuildingId();
await seedBuilding(b);
const [u1, u2, u3] = await Promise.all([seedUnit(b, "101"), seedUnit(b, "102"), seedUnit(b, "103")]);
const manager = userActor(b);
const book = (unitId: string, checkIn: string, checkOut: string, notes?: string) =>
  createReservation(
    manager,
    { unitId, checkIn, checkOut, guest: { name: "G", email: "g@guest.example" }, guestCount: 1, notes },
    { source: "portal" },
  );
const mine = [
  await book(u1.id, "2034-01-01", "2034-01-03"),
  await book(u2.id, "2034-01-05", "2034-01-06"),
  await book(u2.id, "2034-02-01", "2034-02-02"),
];
await book(u3.id, "2034-01-01", "2034-01-02");
const resident: Actor = { ...userActor(b, "resident"), unitIds: [u1.id, u2.id] };

describe("listReservations for a resident with several units", () => {
  it("pages through each of their units in turn, never another unit's stays", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listReservations(resident, { limit: 1, cursor });
      seen.push(...page.items.map((r) => r.id));
      if (!page.cursor) break;
      cursor = page.cursor;
    }
    expect(seen.sort()).toEqual(mine.map((m) => m.reservation.id).sort());
  });

  it("applies filters to their own units and refuses a forged cursor with 400", async () => {
    const feb = await listReservations(resident, {
      limit: 50,
      unitId: u2.id,
      from: "2034-02-01",
      to: "2034-03-01",
    });
    expect(feb.items.map((r) => r.id)).toEqual([mine[2]?.reservation.id]);
    const notMine = await listReservations(resident, { limit: 50, unitId: u3.id });
    expect(notMine.items).toEqual([]);
    const forged = Buffer.from(JSON.stringify({ i: 7, c: null })).toString("base64url");
    await expect(listReservations(resident, { limit: 50, cursor: forged })).rejects.toMatchObject({
      code: "bad_request",
    });
  });
});

/** Every page a query walks with `limit: 1`, and the stays seen on them. */
async function walk(actor: Actor, q: { arrivingOn?: string; departingOn?: string }) {
  const ids: string[] = [];
  let pages = 0;
  let cursor: string | undefined;
  do {
    const page = await listReservations(actor, { limit: 1, cursor, ...q });
    pages++;
    ids.push(...page.items.map((r) => r.id));
    cursor = page.cursor ?? undefined;
  } while (cursor && pages < 100);
  return { pages, ids };
}

describe("a resident's arrivals and departures of a day", () => {
  it("page through their own units only: the number of pages does not grow with other units' stays", async () => {
    const day = { arrivingOn: "2034-03-10" };
    const out = { departingOn: "2034-03-12" };
    const own = await book(u1.id, "2034-03-10", "2034-03-12");
    const before = { in: await walk(resident, day), out: await walk(resident, out) };
    // three more guests arrive and leave the same days in units the resident has nothing to do with
    const other = await Promise.all(
      [seedUnit(b, "201"), seedUnit(b, "202"), seedUnit(b, "203")].map(async (u) =>
        book((await u).id, "2034-03-10", "2034-03-12"),
      ),
    );
    expect(other).toHaveLength(3);
    const after = { in: await walk(resident, day), out: await walk(resident, out) };
    expect(after.in).toEqual(before.in);
    expect(after.out).toEqual(before.out);
    expect(after.in.ids).toEqual([own.reservation.id]);
    expect(after.out.ids).toEqual([own.reservation.id]);
    // staff still read the building-wide index: every arrival of the day
    expect((await walk(userActor(b, "staff"), day)).ids).toHaveLength(4);
  });
});

describe("what a guest reads of their own stay", () => {
  it("leaves out who booked it and the host's notes, in the list and in the one-stay read", async () => {
    const stay = await book(u2.id, "2034-04-01", "2034-04-03", "Host only: guest is the owner's cousin");
    const guest: Actor = {
      kind: "guest",
      id: `guest_${stay.reservation.id}`,
      role: "guest",
      buildingId: b,
      unitIds: [u2.id],
      reservationId: stay.reservation.id,
      name: "G",
      email: "g@guest.example",
    };
    const one = await getReservation(guest, stay.reservation.id);
    const list = await listReservations(guest, { limit: 10 });
    for (const r of [one, ...list.items]) {
      expect(r.id).toBe(stay.reservation.id);
      expect(r).not.toHaveProperty("notes");
      expect(r).not.toHaveProperty("bookedBy");
    }
    // the host (and the unit's resident) still see both
    const asManager = await getReservation(manager, stay.reservation.id);
    expect(asManager).toMatchObject({
      notes: "Host only: guest is the owner's cousin",
      bookedBy: manager.id,
    });
    expect(await getReservation(resident, stay.reservation.id)).toHaveProperty("notes");
  });
});
