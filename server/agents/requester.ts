import "server-only";
import { isCheckinLinkUsable } from "@/lib/domain/checkin-link";
import type { Mission } from "@/lib/domain/mission";
import type { Actor } from "@/lib/roles";
import { toGuestActor } from "../auth/guest-session";
import { findReservation } from "../db/reservations";
import { findUser } from "../db/users";

/** Who "own" missions belong to: a user's id, or for guests their reservation (as conversations do). */
export const requesterId = (actor: Actor) =>
  actor.role === "guest" ? `guest:${actor.reservationId ?? actor.id}` : actor.id;

/**
 * The requester of a mission as they are now, for a step that runs later (a scheduled unlock): their rights are
 * read again at that moment, so a resident who moved out or a guest whose stay ended runs nothing. Null then.
 */
export async function requesterActor(m: Mission, now = new Date()): Promise<Actor | null> {
  const by = m.requestedBy;
  if (by.id.startsWith("guest:")) {
    const r = await findReservation({ buildingId: m.buildingId, reservationId: by.id.slice(6) });
    return r && isCheckinLinkUsable(r, now) ? toGuestActor(r) : null;
  }
  const u = await findUser({ buildingId: m.buildingId, userId: by.id });
  if (u?.status !== "active") return null;
  return {
    kind: "user",
    id: u.id,
    role: u.role,
    buildingId: u.buildingId,
    unitIds: u.unitIds ?? [],
    name: u.name,
    email: u.email,
    locale: u.locale,
  };
}
