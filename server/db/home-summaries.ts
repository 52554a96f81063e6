import "server-only";
import type { Alarm } from "@/lib/domain/alarm";
import type { Handover } from "@/lib/domain/handover";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, nightsOf } from "@/lib/domain/stay-dates";
import type { Ticket, TicketStatus } from "@/lib/domain/ticket";
import type { Unit } from "@/lib/domain/unit";
import { getRecord } from "./item";
import { keys, partitions } from "./keys";
import { countQuery, queryAll } from "./query";
import {
  type EntrySummary,
  entryAttr,
  type PlacedEntries,
  storedEntry,
  syncEntry,
  syncPlaces,
} from "./summary-entries";
import { putItem, type TransactItem, tx } from "./write";

/**
 * The summaries the role homes read instead of whole partitions (issue 19). Entry summaries (one short entry per
 * record that belongs, server/db/summary-entries.ts): units, open tickets, checked-in stays ("desk"), open alarms.
 * Counters changed inside the writes' own transactions: people, occupancy per night, a person's unread notices.
 */

export type UnitEntry = { n: string; r: boolean; s: string };
export const unitsSummary: EntrySummary<Unit, UnitEntry> = {
  name: "units",
  key: (b) => keys.homeSummary(b, "UNITS"),
  recordKey: (b, id) => keys.unit(b, id),
  fields: ["number", "rentable", "status"],
  entryOf: (u) => ({ n: u.number, r: u.rentable, s: u.status }),
  listAll: (b) => queryAll<Unit>({ index: "gsi1", pk: partitions.units(b) }, 100_000),
};

export const OPEN_TICKET_STATUSES = ["open", "in_progress", "waiting"] as const satisfies TicketStatus[];
export type TicketEntry = { s: string; p: string; c: string };
export const openTicketsSummary: EntrySummary<Ticket, TicketEntry> = {
  name: "open tickets",
  key: (b) => keys.homeSummary(b, "TICKETS"),
  recordKey: (b, id) => keys.ticket(b, id),
  fields: ["status", "priority", "createdAt"],
  entryOf: (t) =>
    (OPEN_TICKET_STATUSES as readonly string[]).includes(t.status)
      ? { s: t.status, p: t.priority, c: t.createdAt }
      : null,
  listAll: async (b) =>
    (
      await Promise.all(
        OPEN_TICKET_STATUSES.map((s) =>
          queryAll<Ticket>({ index: "gsi2", pk: partitions.ticketsByStatus(b, s) }, 100_000),
        ),
      )
    ).flat(),
};

/**
 * A checked-in stay as the staff home lists it: dates, unit, guest's name and party size, and its own departure
 * time when a late check-out was approved (`dt`: it is late only after that time).
 */
export type DeskEntry = { ci: string; co: string; u: string; g: string; n: number; dt?: string };
/** Checked-in stays whose check-out lies this far back are not looked for by the rebuild (an overstay that long is not a stay). */
const DESK_REBUILD_DAYS = 120;
export const deskSummary: EntrySummary<Reservation, DeskEntry> = {
  name: "checked-in stays",
  key: (b) => keys.homeSummary(b, "DESK2"),
  recordKey: (b, id) => keys.reservation(b, id),
  fields: ["status", "checkIn", "checkOut", "unitId", "guest.name", "guestCount", "departureTime"],
  entryOf: (r) =>
    r.status === "checked_in"
      ? {
          ci: r.checkIn,
          co: r.checkOut,
          u: r.unitId,
          g: r.guest.name,
          n: r.guestCount,
          ...(r.departureTime ? { dt: r.departureTime } : {}),
        }
      : null,
  listAll: (b) =>
    queryAll<Reservation>(
      {
        index: "gsi3",
        pk: partitions.departures(b),
        sk: { gte: addDays(new Date().toISOString().slice(0, 10), -DESK_REBUILD_DAYS) },
        filter: { expression: "#st = :in", names: { "#st": "status" }, values: { ":in": "checked_in" } },
      },
      100_000,
    ),
};

export const OPEN_ALARM_STATUSES = ["active", "acknowledged"] as const;
export type AlarmEntry = { s: string; v: string; t: string; d: string; u: string | null };
export const openAlarmsSummary: EntrySummary<Alarm, AlarmEntry> = {
  name: "open alarms",
  key: (b) => keys.homeSummary(b, "ALARMS"),
  recordKey: (b, id) => keys.alarm(b, id),
  fields: ["status", "severity", "startedAt", "deviceId", "unitId"],
  entryOf: (a) =>
    (OPEN_ALARM_STATUSES as readonly string[]).includes(a.status)
      ? { s: a.status, v: a.severity, t: a.startedAt, d: a.deviceId, u: a.unitId ?? null }
      : null,
  listAll: async (b) =>
    (
      await Promise.all(
        OPEN_ALARM_STATUSES.map((s) =>
          queryAll<Alarm>({ index: "gsi1", pk: partitions.alarmsByStatus(b, s) }, 100_000),
        ),
      )
    ).flat(),
};

/** A hand-over still waiting for the desk (open or claimed): when it was opened and first answered (issue 19). */
export const WAITING_HANDOVER_STATUSES = ["open", "claimed"] as const;
export type HandoverEntry = { s: string; o: string; f: string | null };
export const waitingHandoversSummary: EntrySummary<Handover, HandoverEntry> = {
  name: "waiting hand-overs",
  key: (b) => keys.homeSummary(b, "HANDOVERS"),
  recordKey: (b, id) => keys.handover(b, id),
  fields: ["status", "openedAt", "firstReplyAt"],
  entryOf: (h) =>
    (WAITING_HANDOVER_STATUSES as readonly string[]).includes(h.status)
      ? { s: h.status, o: h.openedAt, f: h.firstReplyAt ?? null }
      : null,
  listAll: async (b) =>
    (
      await Promise.all(
        WAITING_HANDOVER_STATUSES.map((s) =>
          queryAll<Handover>({ index: "gsi2", pk: partitions.handoversByStatus(b, s) }, 100_000),
        ),
      )
    ).flat(),
};

export const syncUnitEntry = (unit: Unit) => syncEntry(unitsSummary, unit);
export const syncTicketEntry = (ticket: Ticket) => syncEntry(openTicketsSummary, ticket);

/**
 * A live stay as its arrival day and its departure day list it (issue 19): the desk entry's fields, its status and
 * its own arrival time (a stay with an approved early check-in is late from that time).
 */
export type DayEntry = DeskEntry & { s: Reservation["status"]; at?: string };
export const dayEntryOf = (r: Reservation): DayEntry => ({
  ci: r.checkIn,
  co: r.checkOut,
  u: r.unitId,
  g: r.guest.name,
  n: r.guestCount,
  s: r.status,
  ...(r.arrivalTime ? { at: r.arrivalTime } : {}),
  ...(r.departureTime ? { dt: r.departureTime } : {}),
});
/**
 * Every entry a stay has in the staff home's summaries: its desk entry while checked in, and while live (not
 * cancelled) an entry in its check-in day's arrivals and in its check-out day's departures.
 */
export const stayEntries: PlacedEntries<Reservation> = {
  recordKey: (b, id) => keys.reservation(b, id),
  fields: [...deskSummary.fields, "arrivalTime"],
  places: (r) => {
    const day = r.status === "cancelled" ? null : dayEntryOf(r);
    const attr = entryAttr(r.id);
    return [
      { key: deskSummary.key(r.buildingId), attr, entry: deskSummary.entryOf(r) },
      { key: keys.stayDay(r.buildingId, r.checkIn, "IN"), attr, entry: day },
      { key: keys.stayDay(r.buildingId, r.checkOut, "OUT"), attr, entry: day },
    ];
  },
};

/**
 * After any write that may change what the staff home lists of a stay (status, guest, party size, dates, its own
 * times): its desk and day entries in one conditional transaction. `before`: the stay as read before a write that
 * moved or cancelled it, so the entries its old days held are removed.
 */
export const syncStayEntries = (stay: Reservation, before?: Reservation) =>
  syncPlaces(stayEntries, stay, before ? [before] : []);

export type DaySide = "IN" | "OUT";
/** The live stays arriving (IN) or leaving (OUT) on a day. */
export type DayEntries = Map<string, DayEntry>;

/**
 * Recomputes a day's arrivals or departures from the arrivals or departures index (only live stays carry those
 * keys) and replaces the item: the repair, and what a read does when the entries do not add up to the day's stay
 * counter.
 */
export async function rebuildStayDay({
  buildingId,
  date,
  side,
}: {
  buildingId: string;
  date: string;
  side: DaySide;
}): Promise<DayEntries> {
  const stays = await queryAll<Reservation>(
    side === "IN"
      ? { index: "gsi2", pk: partitions.arrivals(buildingId), sk: { beginsWith: `${date}#` } }
      : { index: "gsi3", pk: partitions.departures(buildingId), sk: { beginsWith: `${date}#` } },
    100_000,
  );
  const entries: DayEntries = new Map(stays.map((r) => [r.id, dayEntryOf(r)]));
  await putItem({
    ...keys.stayDay(buildingId, date, side),
    builtAt: new Date().toISOString(),
    ...Object.fromEntries([...entries].map(([id, e]) => [entryAttr(id), storedEntry(e)])),
  });
  return entries;
}

export const syncAlarmEntry = (alarm: Alarm) => syncEntry(openAlarmsSummary, alarm);
export const syncHandoverEntry = (handover: Handover) => syncEntry(waitingHandoversSummary, handover);

// ---- counters kept inside the writes' transactions ----

/** +1 / −1 on the building's people counter: a transaction item for the user writes. */
export const peopleCountDelta = (buildingId: string, delta: 1 | -1): TransactItem =>
  tx.update(keys.homeSummary(buildingId, "PEOPLE"), {
    UpdateExpression: "ADD #n :d",
    ExpressionAttributeNames: { "#n": "count" },
    ExpressionAttributeValues: { ":d": delta },
  });

/** People with an account in the building; counted once from the users if the counter was never built. */
export async function getPeopleCount({ buildingId }: { buildingId: string }): Promise<number> {
  const item = await getRecord<{ count?: number; builtAt?: string }>(
    keys.homeSummary(buildingId, "PEOPLE"),
    false,
  );
  return item?.builtAt ? (item.count ?? 0) : rebuildPeopleCount({ buildingId });
}

export const peopleCountOf = (item: Record<string, unknown> | undefined) =>
  item?.builtAt ? Number(item.count ?? 0) : null;

/** Counts the users (Select COUNT) and writes the counter: the repair, and the first read of a building. */
export async function rebuildPeopleCount({ buildingId }: { buildingId: string }): Promise<number> {
  const count = await countQuery({
    pk: keys.buildingPartition(buildingId),
    sk: { beginsWith: keys.userPrefix },
  });
  await putItem({ ...keys.homeSummary(buildingId, "PEOPLE"), count, builtAt: new Date().toISOString() });
  return count;
}

/**
 * Stay counters per building and month (issue 19): one number attribute per night (`n2026-12-03`) holding how many
 * stays (not cancelled) hold that night, and per day how many live stays arrive (`a2026-12-03`) and leave
 * (`d2026-12-03`) that day. Changed by ADD in the very transactions that put or delete the stays' NIGHT items
 * (create, cancel, move), so they are exact under any concurrency: the nights themselves are the truth the
 * counters follow. `v` marks the shape: an item of an older shape (nights only) is rebuilt on its first read.
 */
const nightAttr = (date: string) => `n${date}`;
const monthOf = (date: string) => date.slice(0, 7);
const COUNTS_VERSION = 2;

type LiveStay = Pick<Reservation, "status" | "checkIn" | "checkOut">;
/** attribute → +1 for what a live stay counts: its nights, its arrival day, its departure day */
function countedBy(r: LiveStay | null | undefined): Map<string, number> {
  const out = new Map<string, number>();
  if (!r || r.status === "cancelled") return out;
  for (const d of nightsOf(r.checkIn, r.checkOut)) out.set(nightAttr(d), 1);
  out.set(`a${r.checkIn}`, 1);
  out.set(`d${r.checkOut}`, 1);
  return out;
}

/**
 * The transaction items moving the counters from what `before` counted to what `after` counts (null: the stay did
 * not exist, or no longer counts), one Update per month touched (a transaction touches an item once).
 */
export function stayCountChanges(
  buildingId: string,
  before: LiveStay | null,
  after: LiveStay | null,
): TransactItem[] {
  const change = countedBy(after);
  for (const [attr, n] of countedBy(before)) change.set(attr, (change.get(attr) ?? 0) - n);
  const byMonth = new Map<string, [string, number][]>();
  for (const [attr, n] of change) {
    const month = monthOf(attr.slice(1));
    if (n) byMonth.set(month, [...(byMonth.get(month) ?? []), [attr, n]]);
  }
  return [...byMonth].map(([month, ds]) =>
    tx.update(keys.occupancy(buildingId, month), {
      UpdateExpression: `ADD ${ds.map((_, i) => `#n${i} :d${i}`).join(", ")}`,
      ExpressionAttributeNames: Object.fromEntries(ds.map(([attr], i) => [`#n${i}`, attr])),
      ExpressionAttributeValues: Object.fromEntries(ds.map(([, n], i) => [`:d${i}`, n])),
    }),
  );
}

/** A month's counters: day → stays holding that night, arriving that day, leaving that day (absent: 0). */
export type MonthCounts = {
  nights: Map<string, number>;
  arrivals: Map<string, number>;
  departures: Map<string, number>;
};

/** A month item's counters; null when it was never built in this shape (then `rebuildOccupancyMonth`). */
export function monthCountsOf(item: Record<string, unknown> | undefined): MonthCounts | null {
  if (!item?.builtAt || item.v !== COUNTS_VERSION) return null;
  const out: MonthCounts = { nights: new Map(), arrivals: new Map(), departures: new Map() };
  const into = { n: out.nights, a: out.arrivals, d: out.departures } as Record<string, Map<string, number>>;
  for (const [k, v] of Object.entries(item)) {
    const m = /^([nad])(\d{4}-\d{2}-\d{2})$/.exec(k);
    if (m) into[m[1]].set(m[2], Number(v));
  }
  return out;
}

/**
 * Recounts one month from the live stays holding a night, arriving or leaving in it (departures index: check-out
 * from the month's first day to `maxNights` after its end, check-in before its end) and replaces the item.
 */
export async function rebuildOccupancyMonth({
  buildingId,
  month,
  maxNights,
}: {
  buildingId: string;
  month: string;
  maxNights: number;
}): Promise<MonthCounts> {
  const first = `${month}-01`;
  const last = addDays(`${monthOf(addDays(first, 31))}-01`, -1);
  const stays = await queryAll<LiveStay>(
    {
      index: "gsi3",
      pk: partitions.departures(buildingId),
      sk: { between: [first, `${addDays(last, maxNights)}~`] },
      filter: { expression: "checkIn <= :to", values: { ":to": last } },
    },
    1_000_000,
  );
  const attrs = new Map<string, number>();
  for (const s of stays) {
    for (const [attr, n] of countedBy(s)) {
      const day = attr.slice(1);
      if (day >= first && day <= last) attrs.set(attr, (attrs.get(attr) ?? 0) + n);
    }
  }
  const item = { builtAt: new Date().toISOString(), v: COUNTS_VERSION, ...Object.fromEntries(attrs) };
  await putItem({ ...keys.occupancy(buildingId, month), ...item });
  return monthCountsOf(item) as MonthCounts;
}

/** A person's unread notices: the counter item's transaction item for the notification writes. */
export const unreadDelta = (buildingId: string, userId: string, delta: number): TransactItem =>
  tx.update(keys.unreadCount(buildingId, userId), {
    UpdateExpression: "ADD #n :d",
    ExpressionAttributeNames: { "#n": "count" },
    ExpressionAttributeValues: { ":d": delta },
  });

export const unreadOf = (item: Record<string, unknown> | undefined) =>
  item?.builtAt ? Math.max(0, Number(item.count ?? 0)) : null;

/** Counts the unread notices and writes the counter (the repair, and a person's first read). */
export async function rebuildUnreadCount({ buildingId, userId }: { buildingId: string; userId: string }) {
  const count = await countQuery({
    pk: partitions.user(buildingId, userId),
    sk: { beginsWith: "NOTIF#" },
    filter: { expression: "readAt = :null", values: { ":null": null } },
  });
  await putItem({ ...keys.unreadCount(buildingId, userId), count, builtAt: new Date().toISOString() });
  return count;
}
