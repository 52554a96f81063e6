import "server-only";
import type { AmenityBooking, BookingAccess } from "@/lib/domain/amenity";
import { AppError, notFound } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/**
 * Every key attribute of a booking, from the record: the booking itself, its booker's list (gsi1, history kept)
 * and, while confirmed, the day's schedule (gsi2). Puts and updates both write what this returns.
 */
export function amenityBookingItem(b: AmenityBooking) {
  return toItem(
    b,
    keys.amenityBooking(b.buildingId, b.id),
    keys.amenityBookingByPerson(b.buildingId, b.bookedBy.id, b.startsAt, b.id),
    b.status === "confirmed" ? keys.amenityBookingByDay(b.buildingId, b.day, b.startsAt, b.id) : {},
  );
}

/** Why the database refused a booking; the service words it for people. */
export type BookingRefusal = "full" | "already_booked" | "weekly_limit";
export class BookingRefused extends Error {
  constructor(
    readonly reason: BookingRefusal,
    readonly slots: string[] = [],
  ) {
    super(`Booking refused: ${reason}`);
  }
}

/**
 * One transaction holds the whole booking, so capacity, "one place per person per slot" and the weekly limit are
 * the database's to enforce, not a read followed by a write:
 * - the booking (put if absent);
 * - per slot, its counter: `taken + 1` only while `taken < capacity` (capacity 1 = exclusive);
 * - per slot, the booker's hold (put if absent);
 * - with a weekly limit, the booker's week counter: `count + 1` only while `count < maxPerWeek`.
 * N concurrent bookings of a slot's last place: one commits, every other is refused on that counter.
 */
export async function createAmenityBooking({
  booking,
  capacity,
  maxPerWeek,
}: {
  booking: AmenityBooking;
  capacity: number;
  maxPerWeek: number;
}): Promise<AmenityBooking> {
  const b: AmenityBooking = { ...booking, weekCounted: maxPerWeek > 0 };
  const who = b.bookedBy.id;
  const items: TransactItem[] = [tx.put(amenityBookingItem(b), "attribute_not_exists(pk)")];
  for (const s of b.slots) {
    items.push(
      tx.update(
        keys.amenitySlot(b.buildingId, b.amenityId, s),
        {
          UpdateExpression: "SET #s = :s, #a = :a ADD #t :one",
          ExpressionAttributeNames: { "#s": "startsAt", "#a": "amenityId", "#t": "taken" },
          ExpressionAttributeValues: { ":s": s, ":a": b.amenityId, ":one": 1 },
        },
        "attribute_not_exists(#t) OR #t < :cap",
        { ExpressionAttributeValues: { ":cap": capacity } },
      ),
    );
  }
  for (const s of b.slots) {
    items.push(
      tx.put(
        toItem(
          { bookingId: b.id, startsAt: s, who },
          keys.amenitySlotHold(b.buildingId, b.amenityId, s, who),
        ),
        "attribute_not_exists(pk)",
      ),
    );
  }
  if (maxPerWeek > 0) {
    items.push(
      tx.update(
        keys.amenityWeek(b.buildingId, b.amenityId, b.week, who),
        {
          UpdateExpression: "ADD #c :one",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: { ":one": 1 },
        },
        "attribute_not_exists(#c) OR #c < :max",
        { ExpressionAttributeValues: { ":max": maxPerWeek } },
      ),
    );
  }
  const n = b.slots.length;
  try {
    // many bookers contend on one counter item: retry "TransactionConflict" longer than the default
    await transactWrite(items, { attempts: 16 });
  } catch (e) {
    if (!(e instanceof TransactionRefused)) throw e;
    const failed = e.failedConditions;
    const full = failed.filter((i) => i >= 1 && i <= n).map((i) => b.slots[i - 1]);
    if (full.length) throw new BookingRefused("full", full);
    if (failed.some((i) => i > n && i <= 2 * n)) throw new BookingRefused("already_booked");
    if (failed.includes(2 * n + 1)) throw new BookingRefused("weekly_limit");
    if (failed.length) throw new AppError("conflict", "That booking already exists.");
    // still colliding after every retry: the slot is being fought over; the caller may try again
    throw new AppError("conflict", "The slot is busy; try again.", { details: { reason: "amenity_full" } });
  }
  return b;
}

export async function findAmenityBooking({ buildingId, bookingId }: B & { bookingId: string }) {
  return (await getRecord<AmenityBooking>(keys.amenityBooking(buildingId, bookingId))) ?? null;
}

export async function getAmenityBooking(input: B & { bookingId: string }): Promise<AmenityBooking> {
  const b = await findAmenityBooking(input);
  if (!b) throw notFound("Booking");
  return b;
}

/**
 * Cancels and gives the places back in one transaction: the status flips only while confirmed (so two cancels
 * free a place once), each slot counter goes down by one, the holds go, the week counter goes down.
 * The day-schedule index keys are removed with the status (the record's item builder says which keys it has).
 */
export async function cancelAmenityBooking({
  booking,
  at,
  access,
}: {
  booking: AmenityBooking;
  at: string;
  access: BookingAccess | null;
}): Promise<AmenityBooking> {
  const b = booking;
  const who = b.bookedBy.id;
  const cancelled: AmenityBooking = { ...b, status: "cancelled", cancelledAt: at, access };
  const items: TransactItem[] = [
    tx.put(amenityBookingItem(cancelled), "#st = :confirmed", {
      ExpressionAttributeNames: { "#st": "status" },
      ExpressionAttributeValues: { ":confirmed": "confirmed" },
    }),
    ...b.slots.map((s) =>
      tx.update(
        keys.amenitySlot(b.buildingId, b.amenityId, s),
        {
          UpdateExpression: "ADD #t :minus",
          ExpressionAttributeNames: { "#t": "taken" },
          ExpressionAttributeValues: { ":minus": -1 },
        },
        "#t > :zero",
        { ExpressionAttributeValues: { ":zero": 0 } },
      ),
    ),
    ...b.slots.map((s) => tx.delete(keys.amenitySlotHold(b.buildingId, b.amenityId, s, who))),
  ];
  // a booking made without a weekly limit never counted: nothing to give back then
  if (b.weekCounted) {
    items.push(
      tx.update(
        keys.amenityWeek(b.buildingId, b.amenityId, b.week, who),
        {
          UpdateExpression: "ADD #c :minus",
          ExpressionAttributeNames: { "#c": "count" },
          ExpressionAttributeValues: { ":minus": -1 },
        },
        "#c > :zero",
        { ExpressionAttributeValues: { ":zero": 0 } },
      ),
    );
  }
  try {
    await transactWrite(items, { attempts: 16 });
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      throw new AppError("conflict", "This booking is already cancelled.");
    }
    throw e;
  }
  return cancelled;
}

/** A booking's door access once its code was issued on the locks (conditional: still confirmed). */
export async function setAmenityBookingAccess({
  buildingId,
  bookingId,
  access,
}: B & { bookingId: string; access: BookingAccess }) {
  return updateRecord<AmenityBooking>({
    key: keys.amenityBooking(buildingId, bookingId),
    set: { access },
    what: "Booking",
  });
}

/** One person's bookings, soonest first from `from` (ISO). */
export async function listAmenityBookingsByPerson({
  buildingId,
  who,
  from,
  ...page
}: B & { who: string; from: string } & PageRequest) {
  return queryPage<AmenityBooking>({
    index: "gsi1",
    pk: partitions.amenityBookingsByPerson(buildingId, who),
    sk: { gte: from },
    ascending: true,
    ...page,
  });
}

/** The confirmed bookings of a building-local day, in start order (the staff schedule). */
export async function listAmenityBookingsByDay({
  buildingId,
  day,
  ...page
}: B & { day: string } & PageRequest) {
  return queryPage<AmenityBooking>({
    index: "gsi2",
    pk: partitions.amenityBookingsByDay(buildingId, day),
    ascending: true,
    ...page,
  });
}
