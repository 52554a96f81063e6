import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import { type Reservation, type ReservationDTO, toReservationDTOFor } from "@/lib/domain/reservation";
import type { ListReservationsQuery } from "@/lib/domain/reservation-api";
import { addDays } from "@/lib/domain/stay-dates";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import type { Page } from "../../db/query";
import {
  listArrivals,
  listDepartures,
  listReservationsByUnit,
  listReservations as listReservationsRecord,
} from "../../db/reservation-queries";
import { findReservation } from "../../db/reservations";
import { canSeeReservation } from "./reservation-access";

type B = { buildingId: string };

/** Filters that the chosen query does not answer by key are applied to each page (a page may come back short). */
function matches(r: Reservation, q: ListReservationsQuery): boolean {
  return (
    (!q.status || r.status === q.status) &&
    (!q.unitId || r.unitId === q.unitId) &&
    (!q.arrivingOn || r.checkIn === q.arrivingOn) &&
    (!q.departingOn || r.checkOut === q.departingOn)
  );
}

/** The one query that answers most of the filter: arrivals/departures of a day, a unit's window, or all. */
function queryFor(b: B, q: ListReservationsQuery): Promise<Page<Reservation>> {
  const page = { limit: q.limit, cursor: q.cursor };
  if (q.arrivingOn) return listArrivals({ ...b, from: q.arrivingOn, to: q.arrivingOn, ...page });
  if (q.departingOn) return listDepartures({ ...b, from: q.departingOn, to: q.departingOn, ...page });
  if (q.unitId) return listReservationsByUnit({ ...b, unitId: q.unitId, from: q.from, to: q.to, ...page });
  if (q.from || q.to)
    return listArrivals({ ...b, from: q.from ?? "0000-00-00", to: q.to ?? "9999-12-31", ...page });
  return listReservationsRecord({ ...b, ...page });
}

/**
 * A resident's page is always read from one of their own units: a day's arrivals or departures become that unit's
 * stays around the day (narrowed by `matches`), never the building-wide arrivals index, whose number of pages
 * would tell a resident how many guests the other units expect.
 */
function unitWindow(q: ListReservationsQuery): { from?: string; to?: string } {
  if (q.arrivingOn) return { from: q.arrivingOn, to: addDays(q.arrivingOn, 1) };
  if (q.departingOn) return { from: addDays(q.departingOn, -1), to: q.departingOn };
  return { from: q.from, to: q.to };
}

/**
 * Residents walk their units one after another; the cursor says which unit and where in it. Its unit index
 * is not signed, but it only ever picks among the caller's own units; the inner cursor is signed as usual.
 */
async function listOwnUnits(actor: Actor, q: ListReservationsQuery): Promise<Page<Reservation>> {
  const units = q.unitId ? [q.unitId] : [...actor.unitIds].sort();
  if (q.unitId && !actor.unitIds.includes(q.unitId)) return { items: [], cursor: null };
  const at = decodeOwnCursor(q.cursor, units.length);
  if (!units.length) return { items: [], cursor: null };
  const p = await listReservationsByUnit({
    buildingId: actor.buildingId,
    unitId: units[at.i],
    ...unitWindow(q),
    limit: q.limit,
    cursor: at.c ?? undefined,
  });
  const next = p.cursor
    ? { i: at.i, c: p.cursor }
    : at.i + 1 < units.length
      ? { i: at.i + 1, c: null }
      : null;
  return { items: p.items, cursor: next && Buffer.from(JSON.stringify(next)).toString("base64url") };
}

function decodeOwnCursor(cursor: string | undefined, n: number): { i: number; c: string | null } {
  if (!cursor) return { i: 0, c: null };
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as { i: unknown; c: unknown };
    if (
      Number.isInteger(v.i) &&
      (v.i as number) >= 0 &&
      (v.i as number) < n &&
      (v.c === null || typeof v.c === "string")
    ) {
      return { i: v.i as number, c: v.c as string | null };
    }
  } catch {}
  throw new AppError("bad_request", "The cursor is not valid; start again from the first page.", {
    fields: { cursor: ["Not a cursor this server issued."] },
  });
}

/**
 * Stays the actor may see, with filters: staff and managers the whole building (status, unit, date range,
 * arrivals or departures of a day); residents the stays of their own units; a guest their one stay.
 */
export async function listReservations(
  actor: Actor,
  q: ListReservationsQuery,
): Promise<PageDTO<ReservationDTO>> {
  const scope = authorize(actor, "reservation.read");
  let page: Page<Reservation>;
  if (scope === "building") page = await queryFor({ buildingId: actor.buildingId }, q);
  else if (actor.role === "guest") {
    const own = actor.reservationId
      ? await findReservation({ buildingId: actor.buildingId, reservationId: actor.reservationId })
      : null;
    page = { items: own ? [own] : [], cursor: null };
  } else page = await listOwnUnits(actor, q);
  const items = page.items.filter((r) => canSeeReservation(actor, r) && matches(r, q));
  return { items: items.map((r) => toReservationDTOFor(actor, r)), cursor: page.cursor };
}
