/**
 * Record shapes both data generators write (the demo seed and the scale building), so a field added to a
 * reservation or a ticket event is added once.
 */
import type { ActorRef } from "@/lib/domain/common";
import type { Reservation } from "@/lib/domain/reservation";
import { EMPTY_CHECKIN_PROGRESS } from "@/lib/domain/reservation";
import { addDays, instantAt } from "@/lib/domain/stay-dates";
import type { TicketEvent } from "@/lib/domain/ticket";
import type { UnitType } from "@/lib/domain/unit";
import type { Rng } from "./random";

/** How many guests each unit type sleeps. */
export const UNIT_CAPACITY: Record<UnitType, number> = {
  studio: 2,
  one_bedroom: 3,
  two_bedroom: 4,
  three_bedroom: 6,
  penthouse: 6,
  commercial: 1,
};

/** A live check-in link, valid until noon the day after check-out (the building's time). */
export function checkinLink(
  tokenHash: string,
  checkOut: string,
  timeZone: string,
  createdAt: string,
): NonNullable<Reservation["checkinLink"]> {
  return {
    tokenHash,
    expiresAt: instantAt(addDays(checkOut, 1), "12:00", timeZone).toISOString(),
    revoked: false,
    createdAt,
  };
}

/** Check-in progress: every step done at `at` (a guest in the house or gone), or none. */
export function checkinProgress(done: boolean, at: string): Reservation["checkinProgress"] {
  return done
    ? { detailsConfirmedAt: at, documentsUploadedAt: at, documentKeys: [], rulesAcceptedAt: at }
    : EMPTY_CHECKIN_PROGRESS;
}

/** A ticket's history as it is written: `add` appends one event with an id that sorts by its time. */
export function ticketHistory(r: Rng, ticketId: string, buildingId: string) {
  const events: TicketEvent[] = [];
  const add = (
    at: Date | number,
    kind: TicketEvent["kind"],
    actor: ActorRef,
    from: string | null,
    to: string | null,
    comment: string | null = null,
  ) =>
    events.push({
      id: r.ulid(at),
      ticketId,
      buildingId,
      kind,
      actor,
      comment,
      from,
      to,
      at: new Date(at).toISOString(),
    });
  return { events, add };
}
