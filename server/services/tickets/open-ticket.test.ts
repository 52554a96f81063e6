import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { makeReservation } from "@/test/fixtures";
import { listAuditEventsByTarget } from "../../db/audit-events";
import { listNotifications } from "../../db/notifications";
import { listOutboxEmails } from "../../db/outbox";
import { createReservation } from "../../db/reservations";
import { listTicketEvents } from "../../db/tickets";
import { seedTicketBuilding, ticketInput } from "../shared/test-fixtures";
import { openTicket } from "./open-ticket";

const h = await seedTicketBuilding();
const today = todayIn("Europe/Lisbon");

async function guestOf(checkIn: string, checkOut: string, status: "confirmed" | "cancelled" = "confirmed") {
  const stay = await createReservation({
    reservation: makeReservation(h.b, h.unit1.id, checkIn, checkOut, { status }),
  });
  const guest: Actor = {
    kind: "guest",
    id: `gst_${stay.id}`,
    role: "guest",
    buildingId: h.b,
    unitIds: [h.unit1.id],
    reservationId: stay.id,
    name: "Test Guest",
  };
  return { stay, guest };
}

describe("openTicket", () => {
  it("opens a resident's ticket for their unit: due by priority, 'created' in history, audited", async () => {
    const t = await openTicket(
      h.resident,
      ticketInput({ unitId: h.unit1.id, priority: "high", location: "Kitchen" }),
    );
    expect(t).toMatchObject({
      unitId: h.unit1.id,
      status: "open",
      location: "Kitchen",
      overdue: false,
      photos: [],
    });
    expect(t.openedBy).toEqual({ kind: "user", id: h.resident.id, name: h.resident.name });
    expect(Date.parse(t.dueAt) - Date.parse(t.createdAt)).toBe(24 * 3_600_000);
    const history = await listTicketEvents({ buildingId: h.b, ticketId: t.id });
    expect(history.items.map((e) => [e.kind, e.to])).toEqual([["created", "open"]]);
    const audit = await listAuditEventsByTarget({ buildingId: h.b, targetType: "ticket", targetId: t.id });
    expect(audit.items[0]).toMatchObject({ action: "ticket.open", result: "success" });
  });

  it("lets a resident report a common area, never another resident's unit", async () => {
    expect((await openTicket(h.resident, ticketInput({ unitId: null }))).unitId).toBeNull();
    expect((await openTicket(h.resident, ticketInput())).unitId).toBeNull();
    await expect(openTicket(h.resident, ticketInput({ unitId: h.unit2.id }))).rejects.toMatchObject({
      code: "forbidden",
    });
  });

  it("lets staff open for any unit of the building, and names an unknown unit", async () => {
    expect((await openTicket(h.staff, ticketInput({ unitId: h.unit2.id }))).unitId).toBe(h.unit2.id);
    await expect(openTicket(h.manager, ticketInput({ unitId: "unit_nowhere" }))).rejects.toMatchObject({
      code: "validation",
      fields: { unitId: expect.any(Array) },
    });
  });

  it("lets a guest report a problem in the unit of their stay, only while it lasts", async () => {
    const { stay, guest } = await guestOf(addDays(today, -1), addDays(today, 2));
    const t = await openTicket(guest, ticketInput());
    expect(t).toMatchObject({ unitId: h.unit1.id, reservationId: stay.id, openedBy: { kind: "guest" } });
    await expect(openTicket(guest, ticketInput({ unitId: h.unit2.id }))).rejects.toMatchObject({
      code: "forbidden",
    });

    const future = await guestOf(addDays(today, 20), addDays(today, 23));
    await expect(openTicket(future.guest, ticketInput())).rejects.toMatchObject({ code: "forbidden" });
    const cancelled = await guestOf(addDays(today, 30), addDays(today, 31), "cancelled");
    await expect(openTicket(cancelled.guest, ticketInput())).rejects.toMatchObject({ code: "forbidden" });
    const noStay: Actor = { ...guest, reservationId: undefined };
    await expect(openTicket(noStay, ticketInput())).rejects.toMatchObject({ code: "forbidden" });
  });

  it("tells every staff member, in the app and by email, when an urgent ticket arrives", async () => {
    const t = await openTicket(h.resident, ticketInput({ priority: "urgent", title: "Water everywhere" }));
    const notes = await listNotifications({ buildingId: h.b, userId: h.staff.id });
    expect(notes.items.find((n) => n.href?.endsWith(t.id))).toMatchObject({
      kind: "ticket",
      title: expect.stringContaining("Urgent"),
    });
    const mail = await listOutboxEmails({ buildingId: h.b });
    expect(
      mail.items.some((m) => m.to === h.users.staff.email && m.subject.includes("Water everywhere")),
    ).toBe(true);
    // a normal ticket does not
    const quiet = await openTicket(h.resident, ticketInput({ title: "Squeaky door" }));
    const after = await listNotifications({ buildingId: h.b, userId: h.staff.id });
    expect(after.items.some((n) => n.href?.endsWith(quiet.id))).toBe(false);
  });

  it("records the mission that opened it, refusing one that does not exist", async () => {
    await expect(openTicket(h.staff, ticketInput(), { missionId: "mis_unknown" })).rejects.toMatchObject({
      code: "validation",
      fields: { missionId: expect.any(Array) },
    });
  });
});
