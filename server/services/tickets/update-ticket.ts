import "server-only";
import { newId } from "@/lib/domain/ids";
import {
  canMoveTicket,
  reasonRequired,
  type Ticket,
  type TicketEvent,
  type UpdateTicketInput,
} from "@/lib/domain/ticket";
import type { TicketDTO } from "@/lib/domain/ticket-dto";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { type TicketPatch, updateTicket as updateTicketRecord } from "../../db/tickets";
import { findUser } from "../../db/users";
import { recordAudit } from "../audit/audit";
import { endTicketPasses } from "../passes/end-ticket-passes";
import { actorRef, loadTicketFor } from "./ticket-access";
import { toTicketDTO } from "./ticket-dto";
import { notifyStatusChanged, notifyUser } from "./ticket-notifications";

const invalid = (field: string, message: string) =>
  new AppError("validation", message, { fields: { [field]: [message] } });

/**
 * Staff and managers work a ticket: move its status along the allowed transitions (with a reason where the opener
 * needs one), assign it to an active staff member or manager of the same building, change priority or category.
 * Each change is one history event (who, what, when) written in the same transaction as the change, guarded by
 * the status that was read so a racing change is a 409, not a silent overwrite. Fields equal to the current
 * values change nothing.
 */
export async function updateTicket(
  actor: Actor,
  ticketId: string,
  input: UpdateTicketInput,
): Promise<TicketDTO> {
  // loadTicketFor checks the capability first (403), then the ticket's building and scope (404)
  const ticket = await loadTicketFor(actor, ticketId, "ticket.manage");
  if (Object.values(input).every((v) => v === undefined)) throw invalid("_", "Nothing to change.");
  const at = new Date().toISOString();
  const patch: TicketPatch = {};
  const events: TicketEvent[] = [];
  const event = (
    kind: TicketEvent["kind"],
    from: string | null,
    to: string | null,
    comment: string | null = null,
  ) =>
    events.push({
      id: newId(),
      ticketId,
      buildingId: ticket.buildingId,
      kind,
      actor: actorRef(actor),
      comment,
      from,
      to,
      at,
    });

  const moving = input.status !== undefined && input.status !== ticket.status ? input.status : undefined;
  if (moving) {
    if (!canMoveTicket(ticket.status, moving)) {
      throw invalid(
        "status",
        `A ${ticket.status.replace("_", " ")} ticket cannot move to ${moving.replace("_", " ")}.`,
      );
    }
    if (reasonRequired(ticket.status, moving) && !input.reason) {
      throw invalid("reason", "Say why: the opener reads it in the ticket's history.");
    }
    patch.status = moving;
    if (moving === "resolved") patch.resolvedAt = at;
    if (moving === "open") patch.resolvedAt = null;
    event("status_changed", ticket.status, moving, input.reason ?? null);
  } else if (input.reason) {
    throw invalid("reason", "A reason goes with a status change.");
  }
  if (input.assigneeId !== undefined && input.assigneeId !== ticket.assigneeId) {
    if (input.assigneeId !== null) await requireAssignable(actor, input.assigneeId);
    patch.assigneeId = input.assigneeId;
    event("assigned", ticket.assigneeId, input.assigneeId);
  }
  if (input.priority && input.priority !== ticket.priority) {
    patch.priority = input.priority;
    event("priority_changed", ticket.priority, input.priority);
  }
  if (input.category && input.category !== ticket.category) {
    patch.category = input.category;
    event("category_changed", ticket.category, input.category);
  }
  if (!events.length) return toTicketDTO(ticket);

  const updated = await updateTicketRecord({
    buildingId: ticket.buildingId,
    ticketId,
    patch,
    events,
    expectedStatus: ticket.status,
  });
  await recordAudit(actor, "ticket.update", { type: "ticket", id: ticketId }, "success", {
    changes: events.map((e) => ({ kind: e.kind, from: e.from, to: e.to })),
  });
  await tell(actor, ticket, updated, input.reason ?? null);
  if (moving) await endTicketPasses(updated);
  return toTicketDTO(updated);
}

/** The assignee must be an active staff member or manager of the actor's building (the read is keyed by it). */
async function requireAssignable(actor: Actor, userId: string) {
  const user = await findUser({ buildingId: actor.buildingId, userId });
  if (user?.status !== "active" || (user.role !== "staff" && user.role !== "manager")) {
    throw invalid("assigneeId", "Assign the ticket to an active staff member of this building.");
  }
}

async function tell(actor: Actor, before: Ticket, after: Ticket, reason: string | null) {
  if (after.status !== before.status) await notifyStatusChanged(after, actor, before.status, reason);
  if (after.assigneeId && after.assigneeId !== before.assigneeId && after.assigneeId !== actor.id) {
    await notifyUser(
      after,
      after.assigneeId,
      `Assigned to you: ${after.title}`,
      `Priority ${after.priority}.`,
    );
  }
}
