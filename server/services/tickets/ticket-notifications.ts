import "server-only";
import { newId } from "@/lib/domain/ids";
import type { Ticket, TicketStatus } from "@/lib/domain/ticket";
import { ROLE_HOME, type Role } from "@/lib/roles";
import { config } from "../../config";
import { createNotification } from "../../db/notifications";
import { findReservation } from "../../db/reservations";
import { findUser, listUsersByRole } from "../../db/users";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";

const STATUS_LABEL: Record<TicketStatus, string> = {
  open: "open",
  in_progress: "in progress",
  waiting: "waiting",
  resolved: "resolved",
  closed: "closed",
};
const hrefFor = (role: Role, ticketId: string) => `${ROLE_HOME[role]}/tickets/${ticketId}`;
type By = { id: string; kind: string };
type Message = { title: string; body: string };

/**
 * Telling people is a consequence of a change that has already committed, so it must never undo or fail the
 * request: each notice is attempted on its own and a failure is only logged. Email goes through the email layer,
 * which records every message in the outbox even when no mail server is reachable.
 */
async function safely(what: string, ticket: Ticket, fn: () => Promise<unknown>): Promise<void> {
  try {
    await fn();
  } catch (e) {
    logger.error("ticket notification failed", {
      what,
      buildingId: ticket.buildingId,
      ticketId: ticket.id,
      error: e instanceof Error ? e.message : String(e),
    });
  }
}

async function notify(ticket: Ticket, userId: string, role: Role, m: Message) {
  await createNotification({
    notification: {
      id: newId(),
      buildingId: ticket.buildingId,
      userId,
      kind: "ticket",
      title: m.title.slice(0, 200),
      body: m.body.slice(0, 2000),
      href: hrefFor(role, ticket.id),
      readAt: null,
      createdAt: new Date().toISOString(),
    },
  });
}

async function emailAbout(ticket: Ticket, to: string, role: Role, m: Message) {
  const link = new URL(hrefFor(role, ticket.id), config().APP_URL).toString();
  const text = `${m.body}\n\n${link}\n`;
  await sendEmail({ buildingId: ticket.buildingId, to, subject: m.title, text, kind: "ticket" });
}

/** Who opened the ticket and how to reach them: a person with an account, or the guest of the stay. */
async function openerContact(t: Ticket): Promise<{ id: string; role: Role; email: string | null } | null> {
  if (t.openedBy.kind === "user") {
    const user = await findUser({ buildingId: t.buildingId, userId: t.openedBy.id });
    return user?.status === "active" ? { id: user.id, role: user.role, email: user.email } : null;
  }
  if (t.openedBy.kind === "guest" && t.reservationId) {
    const stay = await findReservation({ buildingId: t.buildingId, reservationId: t.reservationId });
    return { id: t.openedBy.id, role: "guest", email: stay?.guest.email ?? null };
  }
  return null; // tokens, missions and the system have no inbox
}

/** The opener hears of a change in the app, and by email when `email` says so; never of their own doing. */
export async function notifyOpener(ticket: Ticket, by: By, m: Message & { email: boolean }) {
  if (ticket.openedBy.id === by.id && ticket.openedBy.kind === by.kind) return;
  await safely("opener", ticket, async () => {
    const opener = await openerContact(ticket);
    if (!opener) return;
    await safely("opener.app", ticket, () => notify(ticket, opener.id, opener.role, m));
    const email = opener.email;
    if (m.email && email)
      await safely("opener.email", ticket, () => emailAbout(ticket, email, opener.role, m));
  });
}

/** Status changes reach the opener in the app and by email, with the reason when one was given. */
export async function notifyStatusChanged(ticket: Ticket, by: By, from: TicketStatus, reason: string | null) {
  const title = `Your ticket "${ticket.title}" is now ${STATUS_LABEL[ticket.status]}`;
  const body = `Status: ${STATUS_LABEL[from]} → ${STATUS_LABEL[ticket.status]}.${reason ? ` ${reason}` : ""}`;
  await notifyOpener(ticket, by, { title, body, email: true });
}

/** Every active staff member hears of an urgent ticket at once, in the app and by email (tens of people). */
export async function notifyUrgentTicket(ticket: Ticket) {
  await safely("urgent", ticket, async () => {
    const staff = await listUsersByRole({ buildingId: ticket.buildingId, role: "staff", limit: 200 });
    const where = ticket.location ?? (ticket.unitId ? "a unit" : "a common area");
    const m = { title: `Urgent ticket: ${ticket.title}`, body: `Reported in ${where}.` };
    for (const person of staff.items.filter((u) => u.status === "active")) {
      await safely("urgent.app", ticket, () => notify(ticket, person.id, "staff", m));
      await safely("urgent.email", ticket, () => emailAbout(ticket, person.email, "staff", m));
    }
  });
}

/** An in-app notice to one person with an account, e.g. the assignee of a new assignment. */
export async function notifyUser(ticket: Ticket, userId: string, title: string, body: string) {
  await safely("user", ticket, async () => {
    const user = await findUser({ buildingId: ticket.buildingId, userId });
    if (user?.status === "active") await notify(ticket, user.id, user.role, { title, body });
  });
}
