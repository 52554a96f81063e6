import { describe, expect, it, vi } from "vitest";
import { getBuilding } from "@/server/db/buildings";
import { getDoorCode } from "@/server/db/door-codes";
import { findReservation } from "@/server/db/reservations";
import { findTicket } from "@/server/db/tickets";
import { findTurnover } from "@/server/db/turnovers";
import { cancelReservation } from "@/server/services/reservations/cancel-reservation";
import { createReservation } from "@/server/services/reservations/create-reservation";
import { changeReservation } from "@/server/services/stays/change-reservation";
import { getCleanerTurnover, updateCleanerTurnover } from "@/server/services/turnovers/cleaner-link";
import { syncTurnover } from "@/server/services/turnovers/sync-turnover";
import { bearer, seedBuilding, seedToken, seedUnit, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute, documented, send } from "@/test/route-harness";
import * as one from "./[id]/route";
import * as list from "./route";

/**
 * Turnovers (issue 17) through the routes and services, against DynamoDB Local: one per stay whatever calls
 * make it, kept in step with the stay, a cleaning code valid for the window only, an outside cleaner working
 * through a link, a damaged item opening a ticket, and "ready" taking the code off the locks.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
await seedBuilding(b);
const staff = await seedToken(b, { role: "staff" });
const manager = userActor(b);
const day = (date: string) =>
  callRoute(list.GET, `/api/v1/turnovers?date=${date}`, { headers: bearer(staff.secret) });
const patch = (id: string, body: unknown, headers = bearer(staff.secret)) =>
  callRoute(one.PATCH, `/api/v1/turnovers/${id}`, { ...send("PATCH", body, headers), params: { id } });
const book = (unitId: string, checkIn: string, checkOut: string) =>
  createReservation(
    manager,
    { unitId, checkIn, checkOut, guest: { name: "Ines Lopes", email: "ines@guest.example" }, guestCount: 1 },
    { source: "portal" },
  );

describe("turnovers", () => {
  it("a stay gets one turnover on its check-out date, whoever syncs it and however often; its dates move it; cancelling cancels it", async () => {
    const unit = await seedUnit(b, "601");
    const { reservation } = await book(unit.id, "2031-09-01", "2031-09-04");
    const building = await getBuilding({ buildingId: b });
    const stay = await findReservation({ buildingId: b, reservationId: reservation.id });
    if (!stay) throw new Error("no stay");
    await Promise.all([syncTurnover(stay, building, null), syncTurnover(stay, building, null)]);
    const listed = await day("2031-09-04");
    expect(listed.status, listed.text).toBe(200);
    expect(documented("get", "/api/v1/turnovers")?.safeParse(listed.body).success).toBe(true);
    const mine = listed.body.turnovers.filter(
      (t: { reservationId: string }) => t.reservationId === reservation.id,
    );
    expect(mine).toHaveLength(1);
    // Lisbon, UTC in September+1: check-out 11:00 → check-in 15:00 local
    expect(mine[0]).toMatchObject({
      id: reservation.id,
      status: "open",
      unitNumber: "601",
      guestName: "Ines Lopes",
      validFrom: "2031-09-04T10:00:00.000Z",
      validUntil: "2031-09-04T14:00:00.000Z",
    });
    expect(mine[0].checklist.map((i: { item: string }) => i.item)).toEqual(building.config.turnoverChecklist);

    await changeReservation(manager, reservation.id, { checkOut: "2031-09-06" });
    expect((await day("2031-09-04")).body.turnovers).toHaveLength(0);
    expect((await day("2031-09-06")).body.turnovers.map((t: { id: string }) => t.id)).toEqual([
      reservation.id,
    ]);

    await cancelReservation(manager, reservation.id);
    expect((await findTurnover({ buildingId: b, turnoverId: reservation.id }))?.status).toBe("cancelled");
  });

  it("an outside cleaner: a link shown once, a code valid only for the window, the checklist through the link, a damaged item opens a ticket, ready takes the code off", async () => {
    const unit = await seedUnit(b, "602");
    const lock = await seedDevice(b, { unitId: unit.id, name: "602 door" });
    const { reservation } = await book(unit.id, "2031-10-01", "2031-10-03");
    const assigned = await patch(reservation.id, { assignee: { kind: "outside", name: "Clara Cleaner" } });
    expect(assigned.status, assigned.text).toBe(200);
    expect(documented("patch", "/api/v1/turnovers/{id}")?.safeParse(assigned.body).success).toBe(true);
    const url: string = assigned.body.cleanerUrl;
    expect(url).toMatch(/\/turnover\/[A-Za-z0-9_-]{20,}$/);
    expect(assigned.body.turnover.access).toMatchObject({
      active: true,
      pin: expect.stringMatching(/^\d{6}$/),
    });
    const stored = await findTurnover({ buildingId: b, turnoverId: reservation.id });
    const code = await getDoorCode({
      buildingId: b,
      deviceId: lock.id,
      codeId: stored?.access?.codeId ?? "",
    });
    expect(code).toMatchObject({
      validFrom: "2031-10-03T10:00:00.000Z",
      validUntil: "2031-10-03T14:00:00.000Z",
      holder: { source: "turnover", sourceId: reservation.id, name: "Clara Cleaner" },
    });

    const token = url.split("/turnover/")[1] ?? "";
    const view = await getCleanerTurnover(token);
    expect(view.unit.number).toBe("602");
    expect(view.turnover).not.toHaveProperty("reservationId");
    await expect(getCleanerTurnover(`${token}x`)).rejects.toMatchObject({ code: "not_found" });

    const ticked = await updateCleanerTurnover(token, {
      items: [
        { index: 0, done: true },
        { index: 5, done: true, problem: { kind: "damaged", note: "Lamp shade torn" } },
      ],
    });
    expect(ticked.turnover.status).toBe("in_progress");
    const ticketId = ticked.turnover.checklist[5]?.problem?.ticketId ?? "";
    const ticket = await findTicket({ buildingId: b, ticketId });
    expect(ticket).toMatchObject({ unitId: unit.id, title: expect.stringContaining("Damaged") });
    // reporting it again opens no second ticket
    const again = await updateCleanerTurnover(token, {
      items: [{ index: 5, problem: { kind: "damaged", note: "Lamp shade torn" } }],
    });
    expect(again.turnover.checklist[5]?.problem?.ticketId).toBe(ticketId);

    const ready = await updateCleanerTurnover(token, { status: "ready" });
    expect(ready.turnover).toMatchObject({ status: "ready", access: { active: false } });
    expect(ready.turnover.readyAt).toBeTruthy();
    const removed = await getDoorCode({
      buildingId: b,
      deviceId: lock.id,
      codeId: stored?.access?.codeId ?? "",
    });
    expect(removed.removalRequestedAt).toBeDefined();
    await expect(updateCleanerTurnover(token, { status: "in_progress" })).rejects.toMatchObject({
      code: "conflict",
    });

    // a new assignment replaces the link
    const other = await book(unit.id, "2031-10-05", "2031-10-07");
    const first = await patch(other.reservation.id, { assignee: { kind: "outside", name: "A" } });
    await patch(other.reservation.id, { assignee: { kind: "outside", name: "B" } });
    await expect(getCleanerTurnover(first.body.cleanerUrl.split("/turnover/")[1])).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("staff of another building see nothing; residents may not; an unknown staff assignee is a 422", async () => {
    const unit = await seedUnit(b, "603");
    const { reservation } = await book(unit.id, "2031-11-01", "2031-11-02");
    const other = newBuildingId();
    await seedBuilding(other);
    const stranger = await seedToken(other, { role: "staff" });
    expect((await patch(reservation.id, { status: "ready" }, bearer(stranger.secret))).status).toBe(404);
    const resident = await seedToken(b, { role: "resident" as never });
    expect([401, 403]).toContain(
      (await callRoute(list.GET, "/api/v1/turnovers?date=2031-11-02", { headers: bearer(resident.secret) }))
        .status,
    );
    const bad = await patch(reservation.id, { assignee: { kind: "staff", userId: "user_nobody" } });
    expect(bad.status).toBe(422);
  });
});
