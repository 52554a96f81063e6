import "server-only";
import { newId } from "@/lib/domain/ids";
import type { CreateTicketInput, Ticket } from "@/lib/domain/ticket";
import type { TicketDTO } from "@/lib/domain/ticket-dto";
import { AppError, forbidden } from "@/lib/errors";
import { authorize, type Scope } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findMission } from "../../db/missions";
import { createTicket } from "../../db/tickets";
import { findUnit } from "../../db/units";
import { recordAudit } from "../audit/audit";
import { requireFeature } from "../building/require-feature";
import { requireCurrentStay } from "../checkin/guest-stay";
import { actorRef } from "./ticket-access";
import { toTicketDTO } from "./ticket-dto";
import { notifyUrgentTicket } from "./ticket-notifications";
import { verifyTicketPhotos } from "./verify-ticket-photos";

/** Set by trusted callers only (the director agent's tools), never from a request body. */
export type OpenTicketOptions = { missionId?: string };

const invalid = (field: string, message: string) =>
  new AppError("validation", message, { fields: { [field]: [message] } });

/**
 * Opens a ticket. Residents: for one of their units, or a common area (unitId null or absent). Guests: only for
 * the unit of their stay, only while it lasts (the unit defaults to it). Staff and managers: any unit of the
 * building, or a common area. Photos must be verified uploads of this actor; the ticket and its "created"
 * history event are written together, then it is audited and, when urgent, staff are told.
 */
export async function openTicket(
  actor: Actor,
  input: CreateTicketInput,
  opts: OpenTicketOptions = {},
): Promise<TicketDTO> {
  const scope = authorize(actor, "ticket.create");
  await requireFeature(actor.buildingId, "maintenance");
  const { unitId, reservationId } = await placeFor(actor, scope, input.unitId ?? null);
  if (opts.missionId && !(await findMission({ buildingId: actor.buildingId, missionId: opts.missionId }))) {
    throw invalid("missionId", "No such mission in this building.");
  }
  const photoKeys = await verifyTicketPhotos(actor, input.photoKeys);
  const now = new Date().toISOString();
  const ticket: Ticket = {
    id: newId(),
    buildingId: actor.buildingId,
    unitId,
    openedBy: actorRef(actor),
    missionId: opts.missionId ?? null,
    reservationId,
    title: input.title,
    description: input.description,
    location: input.location || null,
    category: input.category,
    priority: input.priority,
    status: "open",
    assigneeId: null,
    photoKeys,
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
  };
  await createTicket({
    ticket,
    event: {
      id: newId(),
      ticketId: ticket.id,
      buildingId: ticket.buildingId,
      kind: "created",
      actor: ticket.openedBy,
      comment: null,
      from: null,
      to: "open",
      at: now,
    },
  });
  await recordAudit(actor, "ticket.open", { type: "ticket", id: ticket.id }, "success", {
    unitId,
    priority: ticket.priority,
    photos: photoKeys.length,
    missionId: ticket.missionId,
  });
  if (ticket.priority === "urgent") await notifyUrgentTicket(ticket);
  return toTicketDTO(ticket);
}

/** Where the ticket may be opened, by scope; checked against what the actor holds, not what the body says. */
async function placeFor(actor: Actor, scope: Scope, unitId: string | null) {
  if (actor.role === "guest") {
    const stay = await requireCurrentStay(actor);
    if (unitId !== null && unitId !== stay.unitId) throw forbidden("Only for the unit of your stay.");
    return { unitId: stay.unitId, reservationId: stay.id };
  }
  if (unitId === null) return { unitId: null, reservationId: null };
  if (scope === "own" && !actor.unitIds.includes(unitId)) throw forbidden("Only for your own units.");
  if (!(await findUnit({ buildingId: actor.buildingId, unitId }))) {
    throw invalid("unitId", "No such unit in this building.");
  }
  return { unitId, reservationId: null };
}
