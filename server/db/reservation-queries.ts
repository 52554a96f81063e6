import "server-only";
import type { Night, Reservation } from "@/lib/domain/reservation";
import { addDays } from "@/lib/domain/stay-dates";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryAll, queryFilledPage, queryPage } from "./query";
import { MAX_NIGHTS_PER_TRANSACTION } from "./reservations";

type B = { buildingId: string };
/** Sorts after any `YYYY-MM-DD#id`, so `${date}${END}` closes a date range inclusively. */
const END = "#\uffff";

/** A building's reservations, newest first (ids are ULIDs: time-ordered). */
export async function listReservations({ buildingId, ...page }: B & PageRequest): Promise<Page<Reservation>> {
  return queryPage<Reservation>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.reservationPrefix },
    ascending: false,
    ...page,
  });
}

/**
 * A unit's stays by check-in (gsi1). With `from`/`to`, only stays overlapping [from, to): check-in before `to`
 * is a key condition; check-out after `from` a filter, bounded below by the longest possible stay. The filter
 * drops the stays that ended before `from` inside that window, so the page is filled by reading on.
 */
export async function listReservationsByUnit({
  buildingId,
  unitId,
  from,
  to,
  ...page
}: B & { unitId: string; from?: string; to?: string } & PageRequest): Promise<Page<Reservation>> {
  const pk = partitions.reservationsByUnit(buildingId, unitId);
  const lower = from ? addDays(from, -MAX_NIGHTS_PER_TRANSACTION) : "0000-00-00";
  const upper = to ?? "9999-99-99";
  return queryFilledPage<Reservation>({
    index: "gsi1",
    pk,
    sk: { between: [lower, upper] },
    filter: from ? { expression: "checkOut > :from", values: { ":from": from } } : undefined,
    ...page,
  });
}

/**
 * A unit's stays not yet over on `today` (check-out after it), by check-in: the resident home's "coming stays"
 * (issue 19). The key condition starts the longest stay any write allows before today, so the window read holds
 * the unit's few recent and booked-ahead stays: one request (no page limit below 200), whatever its history.
 */
export function listComingStaysOfUnit({
  buildingId,
  unitId,
  today,
}: B & { unitId: string; today: string }): Promise<Reservation[]> {
  return queryAll<Reservation>(
    {
      index: "gsi1",
      pk: partitions.reservationsByUnit(buildingId, unitId),
      sk: { between: [addDays(today, -MAX_NIGHTS_PER_TRANSACTION), "9999-99-99"] },
      filter: { expression: "checkOut > :from", values: { ":from": today } },
    },
    200,
  );
}

/**
 * Live stays by date, `from`–`to` inclusive: arrivals by check-in (gsi2) or departures by check-out (gsi3).
 * Cancelled stays have left both indexes (`reservationKeys`).
 */
export async function listStaysByDate({
  buildingId,
  by,
  from,
  to,
  ...page
}: B & { by: "checkIn" | "checkOut"; from: string; to: string } & PageRequest): Promise<Page<Reservation>> {
  return queryPage<Reservation>({
    ...(by === "checkIn"
      ? { index: "gsi2", pk: partitions.arrivals(buildingId) }
      : { index: "gsi3", pk: partitions.departures(buildingId) }),
    sk: { between: [from, `${to}${END}`] },
    ...page,
  });
}

/** Arrivals with check-in in [from, to] inclusive. */
export const listArrivals = (input: B & { from: string; to: string } & PageRequest) =>
  listStaysByDate({ ...input, by: "checkIn" });

/** Departures with check-out in [from, to] inclusive. */
export const listDepartures = (input: B & { from: string; to: string } & PageRequest) =>
  listStaysByDate({ ...input, by: "checkOut" });

/** Held nights of a unit in [from, to): the availability calendar. Bounded (≤ a few months), so read whole. */
export async function listNights({
  buildingId,
  unitId,
  from,
  to,
}: B & { unitId: string; from: string; to: string }) {
  if (to <= from) return [];
  return queryAll<Night>({
    pk: partitions.unit(buildingId, unitId),
    sk: { between: [`${keys.nightPrefix}${from}`, `${keys.nightPrefix}${addDays(to, -1)}`] },
  });
}
