import "server-only";
import type { Reservation } from "@/lib/domain/reservation";
import {
  REQUEST_ATTRIBUTE,
  type StayTimeKind,
  type StayTimeRequest,
  TIME_ATTRIBUTE,
} from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { syncStayEntries } from "./home-summaries";
import { keys } from "./keys";
import { reservationKeys } from "./reservations";
import { updateRecord } from "./update";

type R = { buildingId: string; reservationId: string };

/** The stay's date a kind's time is for, as read: a stay moved meanwhile refuses the write (its date changed). */
const onDate = (kind: StayTimeKind, date: string) => ({
  expression: "#day = :day",
  names: { "#day": kind === "early_check_in" ? "checkIn" : "checkOut" },
  values: { ":day": date },
});

/** A refused condition, told apart for the client by `details.reason`. */
async function orConflict<T>(run: Promise<T>, reason: string, message: string): Promise<T> {
  try {
    return await run;
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict")
      throw new AppError("conflict", message, { details: { reason } });
    throw e;
  }
}

/**
 * Stores a new early check-in or late check-out request on the stay, only while no request of that kind is
 * pending, the stay is still live and its date for the kind is still `date` (the day the time was checked for):
 * two requests at once store one (the other a 409), never two open ones.
 */
export function openStayTimeRequest({
  buildingId,
  reservationId,
  request,
  date,
}: R & { request: StayTimeRequest; date: string }) {
  const day = onDate(request.kind, date);
  return orConflict(
    updateRecord<Reservation>({
      key: keys.reservation(buildingId, reservationId),
      set: { [REQUEST_ATTRIBUTE[request.kind]]: request, updatedAt: request.requestedAt },
      what: "Reservation",
      condition: {
        expression: `(attribute_not_exists(#rq) OR #rq.#rqs <> :pending) AND #st IN (:pending, :confirmed, :in) AND ${day.expression}`,
        names: { "#rq": REQUEST_ATTRIBUTE[request.kind], "#rqs": "status", "#st": "status", ...day.names },
        values: { ":pending": "pending", ":confirmed": "confirmed", ":in": "checked_in", ...day.values },
      },
      keysOf: reservationKeys,
    }),
    "stay_time_request_open",
    "A request of this kind is already waiting for the host, or the stay is no longer live or has moved.",
  );
}

/**
 * Decides a pending request once: conditional on the stored request being this one and still pending, so a second
 * approval (another tab, another person, a retry) is a 409 and changes nothing. An approval sets the stay's own
 * arrival or departure time in the same write, only while the stay's date for the kind is still `date` (a move
 * cancels the request in its own write, so this is belt and braces).
 */
export async function decideStayTimeRequest({
  buildingId,
  reservationId,
  kind,
  decided,
  date,
}: R & { kind: StayTimeKind; decided: StayTimeRequest; date: string }): Promise<Reservation> {
  const day = onDate(kind, date);
  const updated = await orConflict(
    updateRecord<Reservation>({
      key: keys.reservation(buildingId, reservationId),
      set: {
        [REQUEST_ATTRIBUTE[kind]]: decided,
        ...(decided.status === "approved" ? { [TIME_ATTRIBUTE[kind]]: decided.time } : {}),
        updatedAt: decided.decidedAt ?? new Date().toISOString(),
      },
      what: "Reservation",
      condition: {
        expression: `#rq.#rqid = :rid AND #rq.#rqs = :pending AND #st IN (:pending, :confirmed, :in) AND ${day.expression}`,
        names: {
          "#rq": REQUEST_ATTRIBUTE[kind],
          "#rqid": "id",
          "#rqs": "status",
          "#st": "status",
          ...day.names,
        },
        values: {
          ":rid": decided.id,
          ":pending": "pending",
          ":confirmed": "confirmed",
          ":in": "checked_in",
          ...day.values,
        },
      },
      keysOf: reservationKeys,
    }),
    "stay_time_decided",
    "The request was already decided, or the stay is no longer live or has moved.",
  );
  // an approved time moves when the staff home counts the stay late (issue 19)
  if (decided.status === "approved") await syncStayEntries(updated);
  return updated;
}
