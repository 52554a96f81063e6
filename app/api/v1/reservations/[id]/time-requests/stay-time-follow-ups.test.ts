import { describe, expect, it, vi } from "vitest";
import { buildingConfigSchema } from "@/lib/domain/building";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { stayExtrasTotal } from "@/lib/domain/stay-time-request";
import type { Actor } from "@/lib/roles";
import { guestActor, guestIdOf } from "@/server/auth/guest-session";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { listDoorCodes } from "@/server/db/door-codes";
import { listNotifications } from "@/server/db/notifications";
import { getReservation, updateReservation } from "@/server/db/reservations";
import { openStayTimeRequest } from "@/server/db/stay-time-requests";
import { linkIdOf } from "@/server/db/token-hash";
import { resolveCheckinToken } from "@/server/services/checkin/resolve-checkin-token";
import { issueStayDoorCodes } from "@/server/services/door-codes/stay-door-codes";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { requestStayTime } from "@/server/services/stays/request-stay-time";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, documented, post, send } from "@/test/route-harness";
import * as stay from "../route";
import * as decision from "./[kind]/decision/route";

/**
 * What follows an early check-in or late check-out once decided, against DynamoDB Local: an approved late
 * check-out keeps the guest's check-in link and session open until the new departure (not the building's
 * check-out time), and moving the stay's dates cancels the requests asked for the old days (time and fee
 * dropped, the guest and host told), the link and the door code following the stay's new end.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b); // Europe/Lisbon, check-in 15:00, check-out 11:00, door code ±60 min
const building = await getBuilding({ buildingId: b });
await updateBuildingConfig({
  buildingId: b,
  config: buildingConfigSchema.parse({
    ...building.config,
    stayExtras: {
      earlyCheckIn: { enabled: true, fee: 2500, earliestTime: "11:00" },
      lateCheckOut: { enabled: true, fee: 1500, latestTime: "14:00" },
    },
  }),
});
const staff = await seedToken(b, { role: "staff" });
const manager = await seedToken(b, { role: "manager" });
const tz = "Europe/Lisbon";
const today = todayIn(tz);
const d = (n: number) => addDays(today, n);
const at = (date: string, time: string, plusMinutes = 0) =>
  new Date(instantAt(date, time, tz).getTime() + plusMinutes * 60_000);
let n = 0;

const guestOf = (reservationId: string, unitId: string): Actor => ({
  kind: "guest",
  id: guestIdOf(reservationId),
  role: "guest",
  buildingId: b,
  unitIds: [unitId],
  reservationId,
  name: "Ana Guest",
});

/** A confirmed stay with its check-in link (the token, as the guest got it) and its door code on a lock. */
async function stayWithLink(checkIn: string, checkOut: string) {
  const unit = await seedUnit(b, `7${String(++n).padStart(2, "0")}`);
  const lock = await seedDevice(b, { unitId: unit.id, name: `${unit.number} door` });
  const made = await createReservation(
    userActor(b),
    {
      unitId: unit.id,
      checkIn,
      checkOut,
      guest: { name: "Ana Guest", email: "ana@guest.example" },
      guestCount: 1,
    },
    { source: "portal" },
  );
  const id = made.reservation.id;
  await updateReservation({ buildingId: b, reservationId: id, patch: { status: "confirmed" } });
  const fresh = await getBuilding({ buildingId: b });
  const onConfirm = {
    ...fresh,
    config: {
      ...fresh.config,
      doorCode: { ...fresh.config.doorCode, guestAccess: "on_confirmation" as const },
    },
  };
  expect(
    await issueStayDoorCodes(await getReservation({ buildingId: b, reservationId: id }), onConfirm, null),
  ).toBe(true);
  const token = made.checkInUrl.split("/checkin/")[1] ?? "";
  return { unit, lock, id, token, guest: guestOf(id, unit.id) };
}
const decide = (id: string, kind: string, requestId: string) =>
  callRoute(decision.POST, `/api/v1/reservations/${id}/time-requests/${kind}/decision`, {
    ...post({ requestId, decision: "approved" }, bearer(staff.secret)),
    params: { id, kind },
  });
const patch = (id: string, body: unknown) =>
  callRoute(stay.PATCH, `/api/v1/reservations/${id}`, {
    ...send("PATCH", body, bearer(manager.secret)),
    params: { id },
  });
const session = async (s: { id: string; token: string }, now: Date) => {
  const r = await getReservation({ buildingId: b, reservationId: s.id });
  return guestActor(
    { buildingId: b, reservationId: s.id, checkinLinkId: linkIdOf(r.checkinLink?.tokenHash ?? "") },
    now,
  );
};

describe("after an early check-in or late check-out is decided", () => {
  it("an approved late check-out keeps the check-in link and the guest's session open until the new departure", async () => {
    const s = await stayWithLink(d(2), d(4));
    const r0 = await getReservation({ buildingId: b, reservationId: s.id });
    // the standard end: 11:00 plus the door code's 60 minutes
    expect(r0.checkinLink?.expiresAt).toBe(at(d(4), "11:00", 60).toISOString());
    const halfPastNoon = at(d(4), "12:30");
    expect(await session(s, halfPastNoon)).toBeNull();

    const asked = await requestStayTime(
      s.guest,
      s.id,
      { kind: "late_check_out", time: "13:30" },
      { bridge: null },
    );
    const res = await decide(s.id, "late_check_out", asked.request.id);
    expect(res.status, res.text).toBe(200);
    const r = await getReservation({ buildingId: b, reservationId: s.id });
    const end = at(d(4), "13:30", 60);
    expect(r.checkinLink?.expiresAt).toBe(end.toISOString());
    expect(res.body.reservation.checkinLink.expiresAt).toBe(end.toISOString());
    // the guest is still in at 12:30 and 14:29 on the departure day, out at 14:30; the link itself opens as long
    expect(await session(s, halfPastNoon)).toMatchObject({ role: "guest", reservationId: s.id });
    expect(await session(s, new Date(end.getTime() - 60_000))).not.toBeNull();
    expect(await session(s, end)).toBeNull();
    expect((await resolveCheckinToken(s.token, halfPastNoon)).reservation.id).toBe(s.id);
    // the door code's window ends at the same moment (moved on approval)
    expect((await listDoorCodes({ buildingId: b, deviceId: s.lock.id })).items[0].validUntil).toBe(
      end.toISOString(),
    );
  });

  it("moving the departure date cancels the late check-out approved for the old day: time, fee, link and code follow", async () => {
    const s = await stayWithLink(d(3), d(5));
    const late = await requestStayTime(
      s.guest,
      s.id,
      { kind: "late_check_out", time: "14:00" },
      { bridge: null },
    );
    expect((await decide(s.id, "late_check_out", late.request.id)).status).toBe(200);
    const early = await requestStayTime(
      s.guest,
      s.id,
      { kind: "early_check_in", time: "12:00" },
      { bridge: null },
    );
    expect((await decide(s.id, "early_check_in", early.request.id)).status).toBe(200);
    expect(stayExtrasTotal(await getReservation({ buildingId: b, reservationId: s.id }))).toBe(4000);

    // bad input changes nothing
    expect((await patch(s.id, { checkOut: "not-a-date" })).status).toBe(422);
    expect((await patch(s.id, { checkOut: d(2) })).status).toBe(422);
    expect((await getReservation({ buildingId: b, reservationId: s.id })).lateCheckOutRequest?.status).toBe(
      "approved",
    );

    const res = await patch(s.id, { checkOut: d(6) });
    expect(res.status, res.text).toBe(200);
    expect(documented("patch", "/api/v1/reservations/{id}")?.safeParse(res.body).success).toBe(true);
    const r = await getReservation({ buildingId: b, reservationId: s.id });
    expect(r.lateCheckOutRequest).toMatchObject({
      id: late.request.id,
      status: "cancelled",
      time: "14:00",
      reason: expect.stringContaining(d(5)),
    });
    expect(r.departureTime).toBeUndefined();
    expect(res.body.reservation.lateCheckOutRequest.status).toBe("cancelled");
    // the arrival did not move: its approved early check-in stays, and only its fee is charged now
    expect(r.earlyCheckInRequest?.status).toBe("approved");
    expect(r.arrivalTime).toBe("12:00");
    expect(stayExtrasTotal(r)).toBe(2500);
    // the link and the code end at the standard time of the new departure day
    const end = at(d(6), "11:00", 60).toISOString();
    expect(r.checkinLink?.expiresAt).toBe(end);
    expect(r.doorAccess?.validUntil).toBe(end);
    expect((await listDoorCodes({ buildingId: b, deviceId: s.lock.id })).items[0].validUntil).toBe(end);
    // the guest is told, in their notifications, why
    const told = (await listNotifications({ buildingId: b, userId: s.guest.id, limit: 20 })).items;
    expect(told.map((x) => x.title)).toContain("Late check-out cancelled: the stay's dates changed");
    // a new request may be asked for the new day
    const again = await requestStayTime(
      s.guest,
      s.id,
      { kind: "late_check_out", time: "13:00" },
      { bridge: null },
    );
    expect(again.request.status).toBe("pending");
  });

  it("moving the arrival date cancels a pending early check-in, which can no longer be approved", async () => {
    const s = await stayWithLink(d(4), d(6));
    const early = await requestStayTime(
      s.guest,
      s.id,
      { kind: "early_check_in", time: "12:30" },
      { bridge: null },
    );
    const res = await patch(s.id, { checkIn: d(3) });
    expect(res.status, res.text).toBe(200);
    const r = await getReservation({ buildingId: b, reservationId: s.id });
    expect(r.earlyCheckInRequest).toMatchObject({ id: early.request.id, status: "cancelled" });
    expect(r.arrivalTime).toBeUndefined();
    expect(r.doorAccess?.validFrom).toBe(at(d(3), "15:00", -60).toISOString());
    const late = await decide(s.id, "early_check_in", early.request.id);
    expect(late.status).toBe(409);
    expect(late.body.error.details).toEqual({ reason: "stay_time_decided" });
    expect((await getReservation({ buildingId: b, reservationId: s.id })).arrivalTime).toBeUndefined();
  });

  it("a request written for a date the stay has since left is refused", async () => {
    const s = await stayWithLink(d(8), d(10));
    const stale = openStayTimeRequest({
      buildingId: b,
      reservationId: s.id,
      date: d(11),
      request: {
        id: "01JSTALEREQUEST0000000000A",
        kind: "late_check_out",
        time: "13:00",
        fee: { amountMinor: 1500, currency: "EUR" },
        status: "pending",
        requestedBy: s.guest.id,
        requestedAt: new Date().toISOString(),
        decidedBy: null,
        decidedAt: null,
        reason: null,
      },
    });
    await expect(stale).rejects.toMatchObject({
      code: "conflict",
      details: { reason: "stay_time_request_open" },
    });
    expect(
      (await getReservation({ buildingId: b, reservationId: s.id })).lateCheckOutRequest,
    ).toBeUndefined();
  });
});
