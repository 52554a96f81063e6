import { describe, expect, it, vi } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { getBuilding } from "@/server/db/buildings";
import { findDoorRevocation } from "@/server/db/door-access";
import { listDoorCodes } from "@/server/db/door-codes";
import { listOutboxEmails } from "@/server/db/outbox";
import { listNights } from "@/server/db/reservation-queries";
import { getReservation, updateReservation } from "@/server/db/reservations";
import { issueStayDoorCodes } from "@/server/services/door-codes/stay-door-codes";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { changeReservation } from "@/server/services/stays/change-reservation";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, documented, send } from "@/test/route-harness";
import * as route from "./route";

vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const manager = await seedToken(b, { role: "manager" });
const staff = await seedToken(b, { role: "staff" });
const today = todayIn("Europe/Lisbon");
const d = (n: number) => addDays(today, n);
const book = (unitId: string, checkIn: string, checkOut: string) =>
  createReservation(
    userActor(b),
    { unitId, checkIn, checkOut, guest: { name: "Ana Guest", email: "ana@guest.example" }, guestCount: 1 },
    { source: "portal" },
  ).then((c) => c.reservation);
const patch = (id: string, body: unknown, secret = manager.secret) =>
  callRoute(route.PATCH, `/api/v1/reservations/${id}`, {
    ...send("PATCH", body, bearer(secret)),
    params: { id },
  });
const nights = async (unitId: string) =>
  (await listNights({ buildingId: b, unitId, from: d(0), to: d(40) })).map(
    (n) => `${n.date}:${n.reservationId}`,
  );

describe("PATCH /api/v1/reservations/{id}", () => {
  it("moves the nights in one go and the door code's window on every lock (same PIN), and the guest details", async () => {
    const unit = await seedUnit(b, "301");
    const unitLock = await seedDevice(b, { unitId: unit.id, name: "301 door" });
    const r = await book(unit.id, d(1), d(3));
    // codes are installed once check-in is complete (the default rule)
    await updateReservation({ buildingId: b, reservationId: r.id, patch: { status: "checked_in" } });
    const building = await getBuilding({ buildingId: b });
    expect(
      await issueStayDoorCodes(await getReservation({ buildingId: b, reservationId: r.id }), building, null),
    ).toBe(true);
    const before = await getReservation({ buildingId: b, reservationId: r.id });
    const pin = (await listDoorCodes({ buildingId: b, deviceId: unitLock.id })).items[0]?.pin;

    const res = await patch(r.id, {
      checkOut: d(5),
      guestCount: 2,
      guest: { name: "Ana Moved", email: "ana@guest.example" },
    });
    expect(res.status, res.text).toBe(200);
    expect(documented("patch", "/api/v1/reservations/{id}")?.safeParse(res.body).success).toBe(true);
    expect(res.body.reservation).toMatchObject({
      checkIn: d(1),
      checkOut: d(5),
      guestCount: 2,
      guest: { name: "Ana Moved" },
    });
    expect(await nights(unit.id)).toEqual([1, 2, 3, 4].map((n) => `${d(n)}:${r.id}`));
    // a checked-in stay keeps its check-in date
    expect((await patch(r.id, { checkIn: d(2) })).status).toBe(422);

    const after = await getReservation({ buildingId: b, reservationId: r.id });
    expect(after.doorAccess?.codeId).toBe(before.doorAccess?.codeId);
    expect(after.doorAccess?.validFrom).toBe(before.doorAccess?.validFrom);
    expect(
      Date.parse(after.doorAccess?.validUntil ?? "") - Date.parse(before.doorAccess?.validUntil ?? ""),
    ).toBe(2 * 86_400_000);
    const code = (await listDoorCodes({ buildingId: b, deviceId: unitLock.id })).items[0];
    expect(code).toMatchObject({
      pin,
      validFrom: after.doorAccess?.validFrom,
      validUntil: after.doorAccess?.validUntil,
    });
    // the guest is told, with the new dates
    const told = (await listOutboxEmails({ buildingId: b, limit: 100 })).items.filter(
      (e) => e.kind === "stay_changed" && e.to === "ana@guest.example",
    );
    expect(told).toHaveLength(1);
    expect(told[0].subject).toMatch(/has changed/);
    // the code still comes off the locks at its (new) end
    expect((await findDoorRevocation({ buildingId: b, reservationId: r.id }))?.dueAt).toBe(
      after.doorAccess?.validUntil,
    );
  });

  it("answers 409 naming the nights another stay holds, and moves nothing", async () => {
    const unit = await seedUnit(b, "302");
    const first = await book(unit.id, d(1), d(3));
    const second = await book(unit.id, d(5), d(7));
    const res = await patch(first.id, { checkOut: d(6) });
    expect(res.status).toBe(409);
    expect(res.body.error.details.dates).toEqual([d(5)]);
    expect(await nights(unit.id)).toEqual([
      `${d(1)}:${first.id}`,
      `${d(2)}:${first.id}`,
      `${d(5)}:${second.id}`,
      `${d(6)}:${second.id}`,
    ]);
    // shortening and lengthening into free nights both work
    expect((await patch(first.id, { checkOut: d(5) })).status).toBe(200);
    expect((await patch(first.id, { checkIn: d(2) })).status).toBe(200);
    expect(await nights(unit.id)).toEqual([
      `${d(2)}:${first.id}`,
      `${d(3)}:${first.id}`,
      `${d(4)}:${first.id}`,
      `${d(5)}:${second.id}`,
      `${d(6)}:${second.id}`,
    ]);
  });

  it("residents change only their own units' stays; staff may not; a cancelled stay cannot change", async () => {
    const mine = await seedUnit(b, "303");
    const other = await seedUnit(b, "304");
    const r = await book(other.id, d(1), d(2));
    const resident = { ...userActor(b, "resident"), unitIds: [mine.id] };
    await expect(changeReservation(resident, r.id, { guestCount: 2 })).rejects.toMatchObject({
      code: "not_found",
    });
    const own = await book(mine.id, d(1), d(2));
    expect((await changeReservation(resident, own.id, { checkOut: d(3) })).checkOut).toBe(d(3));
    expect((await patch(r.id, { guestCount: 2 }, staff.secret)).status).toBe(403);
    expect((await patch(r.id, {})).status).toBe(422);
    const { cancelReservation } = await import("@/server/db/reservations");
    await cancelReservation({ buildingId: b, reservationId: r.id });
    expect((await patch(r.id, { guestCount: 2 })).status).toBe(409);
  });
});
