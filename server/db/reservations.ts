import "server-only";
import type { CheckinLink, Night, NightKind, Reservation } from "@/lib/domain/reservation";
import { addDays, nightsOf } from "@/lib/domain/stay-dates";
import {
  REQUEST_ATTRIBUTE,
  STAY_TIME_KINDS,
  stayTimeDateMoved,
  stayTimesVoidedByMove,
  TIME_ATTRIBUTE,
} from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { revokeDueItems } from "./door-access";
import { stayCountChanges, syncStayEntries } from "./home-summaries";
import { findOne, getOne, getRecord, toItem } from "./item";
import { keys } from "./keys";
import { type EntityKeys, mergePatch, reindex, updateRecord } from "./update";
import { buildUpdate, type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };
/** TransactWriteItems holds 100 items: the reservation, its link, and at most 98 nights. */
export const MAX_NIGHTS_PER_TRANSACTION = 98;
/** The global lookup item of a check-in link token hash. */
export type CheckinLinkLookup = { buildingId: string; reservationId: string; expiresAt: string };

const NOT_EXISTS = "attribute_not_exists(pk)";

/**
 * Every key of a reservation: the table key, the unit's stays (gsi1, kept as history), and while the stay is not
 * cancelled the arrivals (gsi2) and departures (gsi3) lists, which show live stays only.
 */
export const reservationKeys = (
  r: Pick<Reservation, "buildingId" | "id" | "unitId" | "checkIn" | "checkOut" | "status">,
): EntityKeys => ({
  ...keys.reservation(r.buildingId, r.id),
  ...keys.reservationByUnit(r.buildingId, r.unitId, r.checkIn, r.id),
  ...(r.status === "cancelled"
    ? {}
    : {
        ...keys.reservationByCheckIn(r.buildingId, r.checkIn, r.id),
        ...keys.reservationByCheckOut(r.buildingId, r.checkOut, r.id),
      }),
});
export const reservationItem = (r: Reservation) => toItem(r, reservationKeys(r));

const nightItem = (n: Night) => toItem(n, keys.night(n.buildingId, n.unitId, n.date));

const checkinLinkItem = (r: Reservation, link: CheckinLink) => {
  const lookup: CheckinLinkLookup = {
    buildingId: r.buildingId,
    reservationId: r.id,
    expiresAt: link.expiresAt,
  };
  return toItem(lookup, keys.checkinLink(link.tokenHash));
};

/**
 * Every item a reservation in its current state is stored as: the reservation, its check-in link lookup, and one
 * NIGHT per held night (none once cancelled: cancelling frees them; a checked-out stay keeps its nights).
 * Pure: `createReservation` writes these in one transaction, bulk loads (the scale seed) batch-write the same items.
 */
export function reservationItems(r: Reservation) {
  const nights =
    r.status === "cancelled"
      ? []
      : heldNights(r).map((n) =>
          nightItem({ buildingId: r.buildingId, unitId: r.unitId, reservationId: r.id, ...n }),
        );
  return {
    reservation: reservationItem(r),
    link: r.checkinLink ? checkinLinkItem(r, r.checkinLink) : null,
    nights,
  };
}

export function heldNights(r: Pick<Reservation, "checkIn" | "checkOut" | "bufferNights">) {
  const stay = nightsOf(r.checkIn, r.checkOut).map((date) => ({ date, kind: "stay" as NightKind }));
  const buffer = nightsOf(r.checkOut, addDays(r.checkOut, r.bufferNights)).map((date) => ({
    date,
    kind: "buffer" as NightKind,
  }));
  return [...stay, ...buffer];
}

const nightPut = (n: Night) => tx.put(nightItem(n), NOT_EXISTS);

/** Runs a transaction whose items from `firstNight` on are nights; a refused night becomes a 409 naming the dates. */
async function writeHoldingNights(items: TransactItem[], firstNight: number, dates: string[]): Promise<void> {
  try {
    await transactWrite(items);
  } catch (e) {
    if (!(e instanceof TransactionRefused)) throw e;
    const taken = e.failedConditions
      .filter((i) => i >= firstNight && i - firstNight < dates.length)
      .map((i) => dates[i - firstNight]);
    if (taken.length) {
      throw new AppError("conflict", `The unit is already booked: ${taken.join(", ")}`, {
        details: { dates: taken },
      });
    }
    if (e.failedConditions.length)
      throw new AppError("conflict", "That reservation or check-in link already exists.");
    throw e;
  }
}

/**
 * One transaction: the reservation, its check-in link lookup, and one NIGHT item per held night, each put only
 * if absent. Two overlapping stays share at least one night key, so the database itself lets only one through.
 */
export async function createReservation({
  reservation,
  also = [],
}: {
  reservation: Reservation;
  /** more items written in the same transaction (a channel event's record); a refused one is a 409 */
  also?: TransactItem[];
}): Promise<Reservation> {
  const r = reservation;
  if (r.checkOut <= r.checkIn) throw new AppError("validation", "Check-out must be after check-in.");
  const { reservation: item, link, nights } = reservationItems(r);
  if (nights.length > MAX_NIGHTS_PER_TRANSACTION) {
    throw new AppError("validation", `A stay can hold at most ${MAX_NIGHTS_PER_TRANSACTION} nights.`);
  }
  if (nights.length + also.length > MAX_NIGHTS_PER_TRANSACTION) {
    throw new AppError("validation", `A stay can hold at most ${MAX_NIGHTS_PER_TRANSACTION} nights.`);
  }
  const items = [...[item, ...(link ? [link] : [])].map((i) => tx.put(i, NOT_EXISTS)), ...also];
  const firstNight = items.length;
  for (const n of nights) items.push(tx.put(n, NOT_EXISTS));
  // the stay counters (nights, arrivals, departures) move with the nights (issue 19)
  items.push(...stayCountChanges(r.buildingId, null, r));
  if (items.length > 100) {
    throw new AppError("validation", `A stay can hold at most ${MAX_NIGHTS_PER_TRANSACTION} nights.`);
  }
  await writeHoldingNights(
    items,
    firstNight,
    nights.map((n) => n.date),
  );
  // the staff home's day lists (and desk, if checked in) name the stay (issue 19)
  await syncStayEntries(r);
  return r;
}

const linkPut = (r: Reservation, link: CheckinLink) => tx.put(checkinLinkItem(r, link), NOT_EXISTS);

export function findReservation({
  buildingId,
  reservationId,
}: B & { reservationId: string }): Promise<Reservation | null> {
  return findOne<Reservation>(keys.reservation(buildingId, reservationId));
}

export function getReservation({
  buildingId,
  reservationId,
}: B & { reservationId: string }): Promise<Reservation> {
  return getOne<Reservation>(keys.reservation(buildingId, reservationId), "Reservation");
}

/**
 * Cancels and frees the nights in one transaction: the status flips only while the stay is live, and each night
 * is deleted only if it still belongs to this reservation. Arrivals/departures index keys are removed so those
 * lists show live stays only; the unit's own list (gsi1) keeps the cancelled stay as history. A stay holding a
 * door code has it made due for deletion in the same transaction (its revocation record, read by the sweeper
 * until every lock took the delete); the transaction is conditional on the door access read, so a code issued
 * meanwhile is never missed (the cancel is tried again with it).
 */
export async function cancelReservation({
  buildingId,
  reservationId,
  now = new Date(),
}: B & { reservationId: string; now?: Date }): Promise<Reservation> {
  for (let attempt = 1; ; attempt++) {
    const r = await getReservation({ buildingId, reservationId });
    if (r.status === "cancelled") return r;
    try {
      return await cancelOnce(r, now);
    } catch (e) {
      if (e instanceof DoorAccessChanged && attempt < 3) continue;
      if (e instanceof DoorAccessChanged)
        throw new AppError("conflict", "The stay changed meanwhile; try again.");
      throw e;
    }
  }
}

class DoorAccessChanged extends Error {}

async function cancelOnce(r: Reservation, now: Date): Promise<Reservation> {
  const { buildingId, id: reservationId } = r;
  const at = now.toISOString();
  const set = { status: "cancelled", cancelledAt: at, updatedAt: at } as const;
  // cancelled: the arrivals/departures keys go (`reservationKeys`)
  const ix = reindex(r, mergePatch(r, set), reservationKeys);
  const update = buildUpdate({ ...set, ...ix.set }, ix.remove);
  const access = r.doorAccess;
  const names: Record<string, string> = { "#st": "status", "#da": "doorAccess", ...ix.condition?.names };
  const values: Record<string, unknown> = {
    ...ix.condition?.values,
    ":pending": "pending",
    ":confirmed": "confirmed",
    ":in": "checked_in",
  };
  let accessCondition = "(attribute_not_exists(#da) OR #da = :null)";
  if (access) {
    update.UpdateExpression = update.UpdateExpression.replace(/^SET /, "SET #da.#rd = :rd, ");
    Object.assign(names, { "#rd": "revokeDueAt", "#cid": "codeId" });
    Object.assign(values, { ":rd": at, ":cid": access.codeId });
    accessCondition = "#da.#cid = :cid";
  } else values[":null"] = null;
  const items: TransactItem[] = [
    tx.update(
      keys.reservation(buildingId, reservationId),
      update,
      [`#st IN (:pending, :confirmed, :in) AND ${accessCondition}`, ix.condition?.expression]
        .filter(Boolean)
        .join(" AND "),
      { ExpressionAttributeNames: names, ExpressionAttributeValues: values },
    ),
    ...heldNights(r).map((n) =>
      tx.delete(keys.night(buildingId, r.unitId, n.date), "attribute_not_exists(pk) OR reservationId = :r", {
        ExpressionAttributeValues: { ":r": reservationId },
      }),
    ),
  ];
  if (access) items.push(revokeDueItems({ buildingId, reservationId, codeId: access.codeId, at })[1]);
  // the guest's ID files and details are deleted the building's retention days after the cancellation
  items.push(tx.put(guestDataDueItem(buildingId, at.slice(0, 10), reservationId)));
  items.push(...stayCountChanges(buildingId, r, null));
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      const fresh = await getReservation({ buildingId, reservationId });
      if (ACTIVE.includes(fresh.status) && fresh.doorAccess?.codeId !== access?.codeId)
        throw new DoorAccessChanged();
      throw new AppError(
        "conflict",
        `A reservation that is ${fresh.status.replace("_", " ")} cannot be cancelled.`,
      );
    }
    throw e;
  }
  const doorAccess = access ? { ...access, revokeDueAt: at } : null;
  const cancelled: Reservation = { ...r, status: "cancelled", cancelledAt: at, updatedAt: at, doorAccess };
  // always: a stay read as confirmed may have been checked in before the cancel (its status condition allows both)
  await syncStayEntries(cancelled);
  return cancelled;
}

const ACTIVE: string[] = ["pending", "confirmed", "checked_in"];

/** The marker the guest-data sweep reads for a cancelled stay (write-once: inline keys). */
export const guestDataDueItem = (buildingId: string, day: string, reservationId: string) => ({
  ...keys.guestDataDue(buildingId, day, reservationId),
  buildingId,
  reservationId,
  day,
});

export type ReservationPatch = Partial<
  Pick<
    Reservation,
    | "status"
    | "guest"
    | "guestCount"
    | "checkinProgress"
    | "doorAccess"
    | "price"
    | "notes"
    | "checkedOutAt"
    | "idReview"
    | "guestDataPurgedAt"
  >
>;

/** The keys follow the patched record (`reservationKeys`). `expectedStatus` makes a transition conditional (e.g. confirmed → checked_in). */
export async function updateReservation({
  buildingId,
  reservationId,
  patch,
  expectedStatus,
}: B & { reservationId: string; patch: ReservationPatch; expectedStatus?: Reservation["status"] }) {
  const updated = await updateRecord<Reservation>({
    key: keys.reservation(buildingId, reservationId),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "Reservation",
    condition: expectedStatus
      ? { expression: "#st = :expected", names: { "#st": "status" }, values: { ":expected": expectedStatus } }
      : undefined,
    conflictMessage: expectedStatus
      ? `The reservation is no longer ${expectedStatus.replace("_", " ")}.`
      : undefined,
    keysOf: reservationKeys,
  });
  // what the staff home lists of the stay (issue 19)
  if (patch.status || patch.guest || patch.guestCount !== undefined) await syncStayEntries(updated);
  return updated;
}

/** Issues a new check-in link: new lookup in, old lookup out, reservation updated, all at once. */
export async function replaceCheckinLink({
  buildingId,
  reservationId,
  link,
}: B & { reservationId: string; link: CheckinLink }): Promise<Reservation> {
  const r = await getReservation({ buildingId, reservationId });
  const items = [
    linkPut(r, link),
    tx.update(
      keys.reservation(buildingId, reservationId),
      buildUpdate({ checkinLink: link, updatedAt: link.createdAt }),
      "attribute_exists(pk)",
    ),
  ];
  if (r.checkinLink) items.push(tx.delete(keys.checkinLink(r.checkinLink.tokenHash)));
  await transactWrite(items);
  return { ...r, checkinLink: link, updatedAt: link.createdAt };
}

/** Null for an unknown token: the check-in page answers the same for unknown, expired and revoked links. */
export async function findReservationByCheckinTokenHash({ tokenHash }: { tokenHash: string }) {
  const lookup = await getRecord<CheckinLinkLookup>(keys.checkinLink(tokenHash));
  if (!lookup) return null;
  const r = await findReservation({ buildingId: lookup.buildingId, reservationId: lookup.reservationId });
  // the reservation's own link must still be this one (a replaced link's lookup may linger)
  return r && r.checkinLink?.tokenHash === tokenHash ? r : null;
}

/** A manager's block (maintenance, owner use): NIGHT items without a reservation, same no-overlap guarantee. */
export async function blockNights({ buildingId, unitId, dates }: B & { unitId: string; dates: string[] }) {
  const items = dates.map((date) =>
    nightPut({ buildingId, unitId, date, kind: "block", reservationId: null }),
  );
  await writeHoldingNights(items, 0, dates);
}

export async function unblockNights({ buildingId, unitId, dates }: B & { unitId: string; dates: string[] }) {
  await transactWrite(
    dates.map((date) =>
      tx.delete(keys.night(buildingId, unitId, date), "attribute_not_exists(pk) OR #kind = :block", {
        ExpressionAttributeNames: { "#kind": "kind" },
        ExpressionAttributeValues: { ":block": "block" },
      }),
    ),
  );
}

export type StayMove = { checkIn: string; checkOut: string };

/**
 * Moves a stay to new dates in ONE transaction: the reservation (its dates and the index keys that follow from
 * them, only if it is still live and still on the dates it was read with), every newly held night put only if
 * absent, every night no longer held deleted only if it is still this stay's, and nights that change kind
 * (stay ↔ buffer) rewritten. Either all of it happens or none: at no moment are the old or the new nights
 * unprotected. Nights held by someone else refuse it with a 409 naming them (`details.dates`).
 * An early check-in or late check-out asked for a date that moves is cancelled in the same write, and that
 * side's own time removed (`stayTimesVoidedByMove`), conditional on the request read still being the stored
 * one: one asked or replaced meanwhile (for the old date) makes it a 409 "changed meanwhile", never kept.
 */
export async function moveReservation({
  buildingId,
  reservationId,
  to,
  patch = {},
  also = [],
  now = new Date(),
  by = "system",
}: B & {
  reservationId: string;
  to: StayMove;
  patch?: Pick<ReservationPatch, "guest" | "guestCount">;
  also?: TransactItem[];
  now?: Date;
  /** who moves it (a user id, `channel:<feedId>`): recorded on the requests it cancels */
  by?: string;
}): Promise<Reservation> {
  if (to.checkOut <= to.checkIn) throw new AppError("validation", "Check-out must be after check-in.");
  const r = await getReservation({ buildingId, reservationId });
  if (!ACTIVE.includes(r.status))
    throw new AppError("conflict", `A reservation that is ${r.status.replace("_", " ")} cannot be changed.`);
  const at = now.toISOString();
  const next: Reservation = { ...r, ...patch, checkIn: to.checkIn, checkOut: to.checkOut, updatedAt: at };
  const voided = stayTimesVoidedByMove(r, to, at, by);
  for (const v of voided) next[REQUEST_ATTRIBUTE[v.kind]] = v.after;
  // the sides whose date moves: their own time goes (it was for the old day) and their request must be as read
  const movedKinds = STAY_TIME_KINDS.filter((k) => stayTimeDateMoved(k, r, to));
  for (const k of movedKinds) delete next[TIME_ATTRIBUTE[k]];
  const requestCondition = movedKinds.map((k) => ({
    expression: r[REQUEST_ATTRIBUTE[k]] ? `#rq_${k}.#rqid = :rq_${k}` : `attribute_not_exists(#rq_${k})`,
    names: {
      [`#rq_${k}`]: REQUEST_ATTRIBUTE[k],
      ...(r[REQUEST_ATTRIBUTE[k]] ? { "#rqid": "id" } : {}),
    },
    values: r[REQUEST_ATTRIBUTE[k]] ? { [`:rq_${k}`]: r[REQUEST_ATTRIBUTE[k]]?.id } : {},
  }));
  const before = new Map(heldNights(r).map((n) => [n.date, n.kind]));
  const after = new Map(heldNights(next).map((n) => [n.date, n.kind]));
  const added = [...after].filter(([d]) => !before.has(d));
  const gone = [...before.keys()].filter((d) => !after.has(d));
  const rekind = [...after].filter(([d, k]) => before.has(d) && before.get(d) !== k);
  const occupancy = stayCountChanges(buildingId, r, next);
  if (1 + added.length + gone.length + rekind.length + also.length + occupancy.length > 100) {
    throw new AppError("validation", `A stay can hold at most ${MAX_NIGHTS_PER_TRANSACTION} nights.`);
  }
  // the index keys come from the one function that makes them for puts (reservationItem)
  const item = reservationItem(next);
  const indexKeys = Object.fromEntries(
    ["gsi1sk", "gsi2sk", "gsi3sk"].map((k) => [k, (item as Record<string, unknown>)[k]]),
  );
  const mine = { ExpressionAttributeValues: { ":r": reservationId } };
  const night = (date: string, kind: NightKind) =>
    nightItem({ buildingId, unitId: r.unitId, reservationId, date, kind });
  const items: TransactItem[] = [
    tx.update(
      keys.reservation(buildingId, reservationId),
      buildUpdate(
        {
          checkIn: next.checkIn,
          checkOut: next.checkOut,
          ...patch,
          ...Object.fromEntries(voided.map((v) => [REQUEST_ATTRIBUTE[v.kind], v.after])),
          updatedAt: at,
          ...indexKeys,
        },
        movedKinds.map((k) => TIME_ATTRIBUTE[k]),
      ),
      [
        "#st IN (:pending, :confirmed, :in) AND #ci = :ci AND #co = :co",
        ...requestCondition.map((c) => c.expression),
      ].join(" AND "),
      {
        ExpressionAttributeNames: {
          "#st": "status",
          "#ci": "checkIn",
          "#co": "checkOut",
          ...Object.assign({}, ...requestCondition.map((c) => c.names)),
        },
        ExpressionAttributeValues: {
          ":pending": "pending",
          ":confirmed": "confirmed",
          ":in": "checked_in",
          ":ci": r.checkIn,
          ":co": r.checkOut,
          ...Object.assign({}, ...requestCondition.map((c) => c.values)),
        },
      },
    ),
    ...added.map(([d, k]) => tx.put(night(d, k), NOT_EXISTS)),
    ...gone.map((d) =>
      tx.delete(keys.night(buildingId, r.unitId, d), "attribute_not_exists(pk) OR reservationId = :r", mine),
    ),
    ...rekind.map(([d, k]) => tx.put(night(d, k), "reservationId = :r", mine)),
    ...also,
    ...occupancy,
  ];
  try {
    await writeHoldingNights(
      items,
      1,
      added.map(([d]) => d),
    );
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict" && !e.details?.dates)
      throw new AppError("conflict", "The stay changed meanwhile; try again.");
    throw e;
  }
  await syncStayEntries(next, r);
  return next;
}
