import { describe, expect, it, vi } from "vitest";
import { newId } from "@/lib/domain/ids";
import type { Reservation } from "@/lib/domain/reservation";
import type { StayTimeRequest } from "@/lib/domain/stay-time-request";
import { cancelReservation, createReservation } from "@/server/db/reservations";
import { updateUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeReservation, makeUser, newBuildingId } from "@/test/fixtures";
import { callRoute, documented, signInAs } from "@/test/route-harness";
import * as statements from "./route";

/** Owner statements from real stays on DynamoDB Local, checked against the stays summed independently here. */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const [unit, other] = await Promise.all([seedUnit(b, "301"), seedUnit(b, "302")]);
const manager = await createUser({ user: makeUser(b, { role: "manager" }) });
const owner = await createUser({ user: makeUser(b, { role: "resident", unitIds: [unit.id] }) });
const tenant = await createUser({ user: makeUser(b, { role: "resident", unitIds: [unit.id] }) });
await updateUnit({
  buildingId: b,
  unitId: unit.id,
  patch: { ownerIds: [owner.id], residentIds: [tenant.id] },
});

const eur = (amountMinor: number) => ({ amountMinor, currency: "EUR" });
const stays: Reservation[] = [
  // 29 Feb → 3 Mar 2028 (leap year): 1 night in February, 2 in March; 100.01 over 3 nights → 33.34, 33.34, 33.33
  makeReservation(b, unit.id, "2028-02-29", "2028-03-03", { price: eur(10_001), source: "portal" }),
  makeReservation(b, unit.id, "2028-03-05", "2028-03-12", { price: eur(33_333), source: "ical" }),
  makeReservation(b, unit.id, "2028-03-14", "2028-03-15", { price: eur(9_999), source: "api" }),
  // 30 Mar → 2 Apr: 2 nights in March, 1 in April; 250.00 → 83.34, 83.33, 83.33
  makeReservation(b, unit.id, "2028-03-30", "2028-04-02", { price: eur(25_000), source: "ical" }),
  makeReservation(b, unit.id, "2028-03-20", "2028-03-22", { price: eur(50_000), source: "portal" }), // cancelled
  makeReservation(b, other.id, "2028-03-01", "2028-03-05", { price: eur(40_000), source: "portal" }),
];
for (const r of stays) await createReservation({ reservation: r });
await cancelReservation({ buildingId: b, reservationId: stays[4].id, now: new Date() });

/** The month's share of each stay, night by night, written out without the app's helpers. */
function expectedFor(unitId: string, month: string) {
  const byChannel: Record<string, { nights: number; gross: number }> = {};
  let checkouts = 0;
  for (const [i, s] of stays.entries()) {
    if (s.unitId !== unitId || i === 4) continue;
    const start = Date.parse(`${s.checkIn}T00:00:00Z`);
    const n = Math.round((Date.parse(`${s.checkOut}T00:00:00Z`) - start) / 86_400_000);
    const price = s.price?.amountMinor ?? 0;
    for (let k = 0; k < n; k++) {
      const night = new Date(start + k * 86_400_000).toISOString().slice(0, 7);
      if (night !== month) continue;
      const part = Math.floor(price / n) + (k < price % n ? 1 : 0);
      byChannel[s.source] ??= { nights: 0, gross: 0 };
      byChannel[s.source].nights++;
      byChannel[s.source].gross += part;
    }
    if (new Date(Date.parse(`${s.checkOut}T00:00:00Z`) - 1).toISOString().slice(0, 7) === month) checkouts++;
  }
  return { byChannel, checkouts };
}

describe("GET /api/v1/owner-statements", () => {
  it("agrees to the cent with the month's stays, summed independently", async () => {
    signInAs({ id: manager.id, buildingId: b });
    const res = await callRoute(statements.GET, `/api/v1/owner-statements?period=2028-03&unitId=${unit.id}`);
    expect(res.status).toBe(200);
    documented("get", "/api/v1/owner-statements")?.parse(res.body);
    const [st] = res.body.items;
    const { byChannel } = expectedFor(unit.id, "2028-03");
    const gross = Object.values(byChannel).reduce((s, c) => s + c.gross, 0);
    // 33.34 + 33.33 (portal) + 333.33 (ical) + 99.99 (api) + 83.34 + 83.33 (ical)
    expect(gross).toBe(3_334 + 3_333 + 33_333 + 9_999 + 8_334 + 8_333);
    expect(st.grossMinor).toBe(gross);
    expect(st.nightsLet).toBe(2 + 7 + 1 + 2);
    for (const line of st.byChannel) {
      expect({ nights: line.nights, gross: line.grossMinor }).toEqual(byChannel[line.source]);
    }
    // default commissions: 15 % on iCal channel bookings, then 15 % management on what is left
    const channel = Math.round(((33_333 + 8_334 + 8_333) * 1_500) / 10_000);
    expect(st.channelCommissionMinor).toBe(channel);
    expect(st.managementCommissionMinor).toBe(Math.round(((gross - channel) * 1_500) / 10_000));
    expect(st.netMinor).toBe(gross - channel - st.managementCommissionMinor - st.cleaningFeesMinor);

    // February has the one night of the leap day, and the stays across the month ends add up to their prices
    const feb = (await callRoute(statements.GET, `/api/v1/owner-statements?period=2028-02&unitId=${unit.id}`))
      .body.items[0];
    const apr = (await callRoute(statements.GET, `/api/v1/owner-statements?period=2028-04&unitId=${unit.id}`))
      .body.items[0];
    expect(feb).toMatchObject({ nightsLet: 1, grossMinor: 3_334, nightsInMonth: 29 });
    expect(apr).toMatchObject({ nightsLet: 1, grossMinor: 8_333 });
    expect(feb.grossMinor + 3_334 + 3_333).toBe(10_001);
  });

  it("counts approved early check-in and late check-out fees in the month of the night each lengthens", async () => {
    const unit3 = await seedUnit(b, "303");
    const asked = (
      kind: StayTimeRequest["kind"],
      status: StayTimeRequest["status"],
      amountMinor: number,
    ): StayTimeRequest => ({
      id: newId(),
      kind,
      time: kind === "early_check_in" ? "12:00" : "13:00",
      fee: eur(amountMinor),
      status,
      requestedBy: "guest_x",
      requestedAt: "2028-01-01T10:00:00.000Z",
      decidedBy: status === "pending" ? null : manager.id,
      decidedAt: status === "pending" ? null : "2028-01-01T11:00:00.000Z",
      reason: null,
    });
    const withFees: Reservation[] = [
      // across March and April: the early arrival lengthens 30 March (March), the late departure 1 April (April)
      makeReservation(b, unit3.id, "2028-03-30", "2028-04-02", {
        price: eur(30_000),
        source: "booking",
        earlyCheckInRequest: asked("early_check_in", "approved", 2_500),
        lateCheckOutRequest: asked("late_check_out", "approved", 1_500),
      }),
      // leaves on 1 March: its last night is 29 February, so its late check-out is February's; a pending one earns nothing
      makeReservation(b, unit3.id, "2028-02-27", "2028-03-01", {
        price: eur(20_000),
        source: "portal",
        earlyCheckInRequest: asked("early_check_in", "pending", 9_000),
        lateCheckOutRequest: asked("late_check_out", "approved", 1_200),
      }),
      // declined and cancelled requests earn nothing; nor does a cancelled stay's approved one
      makeReservation(b, unit3.id, "2028-03-10", "2028-03-12", {
        price: eur(10_000),
        source: "portal",
        earlyCheckInRequest: asked("early_check_in", "declined", 7_000),
        lateCheckOutRequest: asked("late_check_out", "cancelled", 7_000),
      }),
      makeReservation(b, unit3.id, "2028-03-20", "2028-03-22", {
        price: eur(10_000),
        source: "portal",
        earlyCheckInRequest: asked("early_check_in", "approved", 8_000),
      }),
    ];
    for (const r of withFees) await createReservation({ reservation: r });
    await cancelReservation({ buildingId: b, reservationId: withFees[3].id, now: new Date() });

    signInAs({ id: manager.id, buildingId: b });
    const month = async (period: string) => {
      const res = await callRoute(
        statements.GET,
        `/api/v1/owner-statements?period=${period}&unitId=${unit3.id}`,
      );
      expect(res.status).toBe(200);
      expect(documented("get", "/api/v1/owner-statements")?.safeParse(res.body).success).toBe(true);
      return res.body.items[0];
    };
    const [feb, mar, apr] = [await month("2028-02"), await month("2028-03"), await month("2028-04")];
    expect([feb.stayTimeFeesMinor, mar.stayTimeFeesMinor, apr.stayTimeFeesMinor]).toEqual([
      1_200, 2_500, 1_500,
    ]);
    // the fees are the owner's income beside the stays' gross (which stays the nights' prices alone) ...
    expect(mar.grossMinor).toBe(20_000 + 10_000);
    // ... with no channel commission, and the management commission on them as on the gross after the channel's
    const channel = Math.round((20_000 * 1_500) / 10_000);
    expect(mar.channelCommissionMinor).toBe(channel);
    expect(mar.managementCommissionMinor).toBe(
      Math.round(((mar.grossMinor - channel + 2_500) * 1_500) / 10_000),
    );
    expect(mar.netMinor).toBe(
      mar.grossMinor + 2_500 - channel - mar.managementCommissionMinor - mar.cleaningFeesMinor,
    );
    expect(feb.managementCommissionMinor).toBe(
      Math.round(((feb.grossMinor - feb.channelCommissionMinor + 1_200) * 1_500) / 10_000),
    );
  });

  it("is for the unit's owners and the managers, not its other residents", async () => {
    signInAs({ id: owner.id, buildingId: b });
    const mine = await callRoute(statements.GET, "/api/v1/owner-statements?period=2028-03");
    expect(mine.status).toBe(200);
    expect(mine.body.items.map((s: { unitId: string }) => s.unitId)).toEqual([unit.id]);
    expect(
      (await callRoute(statements.GET, `/api/v1/owner-statements?period=2028-03&unitId=${other.id}`)).status,
    ).toBe(403);
    signInAs({ id: tenant.id, buildingId: b });
    expect(
      (await callRoute(statements.GET, `/api/v1/owner-statements?period=2028-03&unitId=${unit.id}`)).status,
    ).toBe(403);
    expect((await callRoute(statements.GET, "/api/v1/owner-statements?period=2028-03")).body.items).toEqual(
      [],
    );
  });
});
