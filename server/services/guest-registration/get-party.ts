import "server-only";
import type { PartyMember } from "@/lib/domain/party";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findPartyRegistration } from "../../db/party-registrations";
import { loadVisibleReservation } from "../reservations/reservation-access";

export type PartyView = { members: PartyMember[]; registeredAt: string; updatedAt: string } | null;

/**
 * A stay's registered party (issue 17): the front desk and managers of its building, or the stay's own guest.
 * Null while nobody is registered (or after the guest data was deleted).
 */
export async function getParty(actor: Actor, reservationId: string): Promise<PartyView> {
  authorize(actor, "guestRegistration.read");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "guestRegistration.read", {
    buildingId: r.buildingId,
    owns: (a) => a.role === "guest" && a.reservationId === r.id,
  });
  const p = await findPartyRegistration({ buildingId: r.buildingId, reservationId: r.id });
  return p ? { members: p.members, registeredAt: p.registeredAt, updatedAt: p.updatedAt } : null;
}
