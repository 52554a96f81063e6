import "server-only";
import type { Building } from "@/lib/domain/building";
import type { ChannelEvent, ChannelFeed, FeedConflict, FeedEventRecord } from "@/lib/domain/channel-feed";
import { newId } from "@/lib/domain/ids";
import { EMPTY_CHECKIN_PROGRESS, type Reservation } from "@/lib/domain/reservation";
import { nightsOf, todayIn } from "@/lib/domain/stay-dates";
import { REQUEST_ATTRIBUTE, STAY_TIME_KINDS } from "@/lib/domain/stay-time-request";
import { AppError } from "@/lib/errors";
import { deleteFeedEvent, feedEventTx, listFeedEvents, putFeedEvent } from "../../db/channel-feeds";
import { revokeCheckinLink } from "../../db/checkin-links";
import { listNights } from "../../db/reservation-queries";
import {
  blockNights,
  cancelReservation,
  createReservation,
  findReservation,
  moveReservation,
  unblockNights,
} from "../../db/reservations";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { newCheckinLink } from "../checkin/checkin-link";
import { syncCheckinLinkExpiry } from "../checkin/sync-checkin-link-expiry";
import { moveStayDoorCodes, revokeStayDoorCodes } from "../door-codes/stay-door-codes";
import { syncStayMessagesQuietly } from "../guest-messages/schedule-stay-messages";
import { noticeStayTimeCancelled } from "../stays/stay-time-notices";
import { syncTurnoverQuietly } from "../turnovers/sync-turnover";

export type ApplyOutcome = { created: number; updated: number; cancelled: number; conflicts: FeedConflict[] };

const CHANNEL_NAMES = { airbnb: "Airbnb", booking: "Booking.com", vrbo: "Vrbo", other: "Channel" } as const;
/** Channel exports carry no guest address: a stay from a feed has this placeholder until check-in fills it in. */
export const CHANNEL_GUEST_EMAIL_DOMAIN = "guest.invalid";

const conflictDates = (e: unknown): string[] | null =>
  e instanceof AppError && e.code === "conflict" && Array.isArray(e.details?.dates)
    ? (e.details.dates as string[])
    : null;

/**
 * Makes the unit's stays follow the channel's events (the feed already fetched and parsed):
 * - a new booking becomes a confirmed stay with a check-in link, `source` the channel, `externalId` the UID; the
 *   event's record is written in the same transaction, so a UID makes at most one stay;
 * - a booking whose dates changed moves its stay (nights in one transaction) and the door code's window;
 * - a booking gone from the feed (before its check-out) cancels the stay, revokes its link and its code;
 * - a booking whose nights are held here already is never written over: it is a conflict, kept and retried on
 *   the next sync (it becomes a stay once the nights are free);
 * - a closed period ("Not available") blocks its free nights; nights held here are left alone (usually this
 *   unit's own export coming back), and only the nights it blocked are freed when it goes.
 * Past events are left as they are: channels drop old bookings from their exports.
 */
export async function applyFeedEvents(
  feed: ChannelFeed,
  building: Building,
  events: ChannelEvent[],
  opts: { now: Date; bridge: MqttBridge | null },
): Promise<ApplyOutcome> {
  const { now } = opts;
  const today = todayIn(building.timezone, now);
  const out: ApplyOutcome = { created: 0, updated: 0, cancelled: 0, conflicts: [] };
  const known = new Map(
    (await listFeedEvents({ buildingId: feed.buildingId, feedId: feed.id })).map((e) => [e.uid, e]),
  );
  const seen = new Set<string>();
  for (const event of events) {
    seen.add(event.uid);
    if (event.checkOut <= today) continue;
    const record = known.get(event.uid);
    try {
      if (event.kind === "block") await applyBlock(feed, event, record, today, now);
      else {
        const r = await applyStay(feed, building, event, record, opts);
        if (r === "created") out.created++;
        if (r === "updated") out.updated++;
      }
    } catch (e) {
      const dates = conflictDates(e);
      if (!dates) throw e;
      out.conflicts.push({
        uid: event.uid,
        checkIn: event.checkIn,
        checkOut: event.checkOut,
        dates,
        summary: event.summary,
        since: feed.conflicts.find((c) => c.uid === event.uid)?.since ?? now.toISOString(),
      });
      // a new booking that could not be written is remembered as a conflict (no stay); a moved one keeps its stay
      if (!record) await putFeedEvent(recordOf(feed, event, null, now));
    }
  }
  for (const record of known.values()) {
    if (seen.has(record.uid)) continue;
    if (await removeEvent(feed, record, today, opts)) out.cancelled++;
  }
  return out;
}

function recordOf(
  feed: ChannelFeed,
  e: ChannelEvent,
  reservationId: string | null,
  now: Date,
): FeedEventRecord {
  return {
    buildingId: feed.buildingId,
    feedId: feed.id,
    uid: e.uid,
    kind: e.kind,
    checkIn: e.checkIn,
    checkOut: e.checkOut,
    reservationId,
    updatedAt: now.toISOString(),
  };
}

async function applyStay(
  feed: ChannelFeed,
  building: Building,
  event: ChannelEvent,
  record: FeedEventRecord | undefined,
  opts: { now: Date; bridge: MqttBridge | null },
): Promise<"created" | "updated" | null> {
  const live = record?.reservationId
    ? await findReservation({ buildingId: feed.buildingId, reservationId: record.reservationId })
    : null;
  if (live && (live.status === "confirmed" || live.status === "pending" || live.status === "checked_in")) {
    if (live.checkIn === event.checkIn && live.checkOut === event.checkOut) return null;
    const moved = await moveReservation({
      buildingId: feed.buildingId,
      reservationId: live.id,
      to: { checkIn: event.checkIn, checkOut: event.checkOut },
      also: [feedEventTx.replace(recordOf(feed, event, live.id, opts.now))],
      now: opts.now,
      by: `channel:${feed.id}`,
    });
    // the guest's link follows the stay's new end (an early/late time for a moved day is cancelled by the move)
    await syncCheckinLinkExpiry(moved, building, opts.now);
    for (const k of STAY_TIME_KINDS) {
      const q = moved[REQUEST_ATTRIBUTE[k]];
      if (q?.status === "cancelled" && live[REQUEST_ATTRIBUTE[k]]?.status !== "cancelled")
        await noticeStayTimeCancelled(building, moved, q, live).catch((e) =>
          logger.error("stay time cancellation not told", { reservationId: live.id, error: String(e) }),
        );
    }
    await moveStayDoorCodes(moved, building, opts.bridge).catch((e) =>
      logger.error("door code window not moved", { reservationId: live.id, error: String(e) }),
    );
    await syncTurnoverQuietly(moved);
    await syncStayMessagesQuietly(moved);
    return "updated";
  }
  // a stay cancelled here (by the host) is not brought back by the channel still listing it
  if (live) return null;
  const reservation = channelStay(feed, building, event, opts.now);
  await createReservation({
    reservation,
    also: [
      record
        ? feedEventTx.replace(recordOf(feed, event, reservation.id, opts.now))
        : feedEventTx.create(recordOf(feed, event, reservation.id, opts.now)),
    ],
  });
  await syncTurnoverQuietly(reservation);
  await syncStayMessagesQuietly(reservation);
  return "created";
}

function channelStay(feed: ChannelFeed, building: Building, event: ChannelEvent, now: Date): Reservation {
  const id = newId(now.getTime());
  const at = now.toISOString();
  const name = CHANNEL_NAMES[feed.channel];
  return {
    id,
    buildingId: feed.buildingId,
    unitId: feed.unitId,
    bookedBy: `channel:${feed.id}`,
    guest: { name: `${name} guest`, email: `stay-${id.toLowerCase()}@${CHANNEL_GUEST_EMAIL_DOMAIN}` },
    guestCount: 1,
    checkIn: event.checkIn,
    checkOut: event.checkOut,
    bufferNights: building.config.cleaningBufferNights,
    status: "confirmed",
    checkinLink: newCheckinLink(building, event, now).link,
    checkinProgress: EMPTY_CHECKIN_PROGRESS,
    doorAccess: null,
    price: null,
    source: feed.channel,
    externalId: event.uid,
    channelFeedId: feed.id,
    ...(event.reservationUrl ? { channelUrl: event.reservationUrl } : {}),
    notes: event.summary ? `${name}: ${event.summary}` : undefined,
    createdAt: at,
    updatedAt: at,
    cancelledAt: null,
  };
}

async function applyBlock(
  feed: ChannelFeed,
  event: ChannelEvent,
  record: FeedEventRecord | undefined,
  today: string,
  now: Date,
) {
  if (record && record.checkIn === event.checkIn && record.checkOut === event.checkOut) return;
  if (record?.blockedDates?.length) await freeBlocked(feed, record.blockedDates, today);
  const wanted = nightsOf(event.checkIn, event.checkOut).filter((d) => d >= today);
  const held = new Set(
    wanted.length
      ? (
          await listNights({
            buildingId: feed.buildingId,
            unitId: feed.unitId,
            from: wanted[0],
            to: event.checkOut,
          })
        ).map((n) => n.date)
      : [],
  );
  let free = wanted.filter((d) => !held.has(d));
  for (let attempt = 0; free.length && attempt < 3; attempt++) {
    try {
      await blockNights({ buildingId: feed.buildingId, unitId: feed.unitId, dates: free });
      break;
    } catch (e) {
      const taken = conflictDates(e);
      if (!taken) throw e;
      free = free.filter((d) => !taken.includes(d));
    }
  }
  await putFeedEvent({ ...recordOf(feed, event, null, now), blockedDates: free });
}

async function freeBlocked(feed: ChannelFeed, dates: string[], today: string) {
  const future = dates.filter((d) => d >= today);
  for (let i = 0; i < future.length; i += 100)
    await unblockNights({
      buildingId: feed.buildingId,
      unitId: feed.unitId,
      dates: future.slice(i, i + 100),
    });
}

/** An event gone from the feed. Returns true when that cancelled a stay. */
async function removeEvent(
  feed: ChannelFeed,
  record: FeedEventRecord,
  today: string,
  opts: { now: Date; bridge: MqttBridge | null },
): Promise<boolean> {
  // a stay already over, or a record of a conflict or a block: only the record (and the block's nights) go
  if (record.kind === "block" && record.blockedDates?.length)
    await freeBlocked(feed, record.blockedDates, today);
  let cancelled = false;
  if (record.kind === "stay" && record.reservationId && record.checkOut > today) {
    const r = await findReservation({ buildingId: feed.buildingId, reservationId: record.reservationId });
    if (r && (r.status === "confirmed" || r.status === "pending" || r.status === "checked_in")) {
      const done = await cancelReservation({ buildingId: r.buildingId, reservationId: r.id, now: opts.now });
      if (done.checkinLink && !done.checkinLink.revoked) {
        await revokeCheckinLink({
          buildingId: r.buildingId,
          reservationId: r.id,
          tokenHash: done.checkinLink.tokenHash,
        });
      }
      await revokeStayDoorCodes(done, opts.bridge, opts.now).catch(() => false);
      await syncTurnoverQuietly(done);
      await syncStayMessagesQuietly(done);
      cancelled = true;
    }
  }
  await deleteFeedEvent(record);
  return cancelled;
}
