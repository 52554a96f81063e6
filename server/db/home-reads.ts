import "server-only";
import { addDays } from "@/lib/domain/stay-dates";
import { type DeviceHealthSets, deviceHealthOf, rebuildDeviceHealth } from "./device-health";
import {
  type AlarmEntry,
  type DayEntries,
  type DayEntry,
  type DaySide,
  type DeskEntry,
  deskSummary,
  type HandoverEntry,
  type MonthCounts,
  monthCountsOf,
  openAlarmsSummary,
  openTicketsSummary,
  peopleCountOf,
  rebuildOccupancyMonth,
  rebuildPeopleCount,
  rebuildStayDay,
  type TicketEntry,
  type UnitEntry,
  unitsSummary,
  waitingHandoversSummary,
} from "./home-summaries";
import { batchGetByKey } from "./item";
import { type Key, keys } from "./keys";
import { type Entries, type EntrySummary, entriesIn, entriesOf, rebuildEntries } from "./summary-entries";

export type HomeSummaryRequest = {
  units?: boolean;
  tickets?: boolean;
  desk?: boolean;
  alarms?: boolean;
  handovers?: boolean;
  people?: boolean;
  devices?: boolean;
  /** the nights [from, to] (at most two months) */
  occupancy?: { from: string; to: string; maxNights: number };
  /** these days' arrivals, and those days' departures, checked against the stay counters of their months */
  days?: { arrivals: string[]; departures: string[]; maxNights: number };
};

export type HomeSummaries = {
  units: Entries<UnitEntry>;
  tickets: Entries<TicketEntry>;
  desk: Entries<DeskEntry>;
  alarms: Entries<AlarmEntry>;
  handovers: Entries<HandoverEntry>;
  people: number;
  devices: DeviceHealthSets;
  /** night → stays holding it, for the nights asked (0 where none) */
  occupancy: Map<string, number>;
  /** day → live stays arriving / leaving that day, for the same days (0 where none) */
  arrivals: Map<string, number>;
  departures: Map<string, number>;
  /** day → its live arrivals, and its live departures (`days`) */
  arrivalsOn: Map<string, DayEntries>;
  departuresOn: Map<string, DayEntries>;
};

const ENTRY_KINDS = [
  ["units", unitsSummary],
  ["tickets", openTicketsSummary],
  ["desk", deskSummary],
  ["alarms", openAlarmsSummary],
  ["handovers", waitingHandoversSummary],
] as const;

/**
 * The summary items a home needs, in ONE BatchGetItem (issue 19): entry summaries, the people counter, the
 * device health sets and the occupancy months. An item never built (its records predate it, or a bulk load wrote
 * them) is built from the records on this first read, once; later reads are the one request.
 */
export async function readHomeSummaries(
  buildingId: string,
  want: HomeSummaryRequest,
): Promise<Partial<HomeSummaries>> {
  const b = buildingId;
  const slots: { key: Key; take: (item: Record<string, unknown> | undefined) => Promise<void> }[] = [];
  const out: Partial<HomeSummaries> = {};
  for (const [name, summary] of ENTRY_KINDS) {
    if (!want[name]) continue;
    slots.push({
      key: summary.key(b),
      take: async (item) => {
        (out as Record<string, unknown>)[name] =
          entriesOf(item) ??
          (await rebuildEntries(
            summary as unknown as EntrySummary<{ id: string; buildingId: string }, unknown>,
            b,
          ));
      },
    });
  }
  if (want.people) {
    slots.push({
      key: keys.homeSummary(b, "PEOPLE"),
      take: async (item) => {
        out.people = peopleCountOf(item) ?? (await rebuildPeopleCount({ buildingId: b }));
      },
    });
  }
  if (want.devices) {
    slots.push({
      key: keys.deviceHealth(b),
      take: async (item) => {
        out.devices = deviceHealthOf(item) ?? (await rebuildDeviceHealth({ buildingId: b }));
      },
    });
  }
  const occ = want.occupancy;
  const stayDays = want.days;
  const maxNights = occ?.maxNights ?? stayDays?.maxNights ?? 0;
  const sides = stayDays
    ? ([
        ["IN", stayDays.arrivals],
        ["OUT", stayDays.departures],
      ] as const)
    : [];
  const months = new Set<string>();
  if (occ) for (const d of [occ.from, occ.to]) months.add(d.slice(0, 7));
  for (const [, dates] of sides) for (const d of dates) months.add(d.slice(0, 7));
  const counts = new Map<string, MonthCounts>();
  for (const month of months) {
    slots.push({
      key: keys.occupancy(b, month),
      take: async (item) => {
        counts.set(
          month,
          monthCountsOf(item) ?? (await rebuildOccupancyMonth({ buildingId: b, month, maxNights })),
        );
      },
    });
  }
  const dayItems = new Map<string, Record<string, unknown> | undefined>();
  for (const [side, dates] of sides) {
    for (const date of dates) {
      slots.push({
        key: keys.stayDay(b, date, side),
        take: async (item) => void dayItems.set(`${side}${date}`, item),
      });
    }
  }
  const items = await batchGetByKey<Record<string, unknown>>(slots.map((s) => s.key));
  await Promise.all(slots.map((s, i) => s.take(items[i])));
  const countOf = (kind: keyof MonthCounts, day: string) => counts.get(day.slice(0, 7))?.[kind].get(day) ?? 0;
  if (occ) {
    const days = (kind: keyof MonthCounts) => {
      const m = new Map<string, number>();
      for (let d = occ.from; d <= occ.to; d = addDays(d, 1)) m.set(d, countOf(kind, d));
      return m;
    };
    Object.assign(out, {
      occupancy: days("nights"),
      arrivals: days("arrivals"),
      departures: days("departures"),
    });
  }
  // a day's entries must add up to its counter, which the stay writes change in their own transactions: an item
  // short of a stay (never built, a sync that died) or holding one too many is rebuilt from the index
  const checked = async (side: DaySide, date: string): Promise<[string, DayEntries]> => {
    const entries = entriesIn<DayEntry>(dayItems.get(`${side}${date}`));
    const counted = countOf(side === "IN" ? "arrivals" : "departures", date);
    return [date, entries.size === counted ? entries : await rebuildStayDay({ buildingId: b, date, side })];
  };
  if (stayDays) {
    const [arrivalsOn, departuresOn] = await Promise.all(
      sides.map(async ([side, dates]) => new Map(await Promise.all(dates.map((d) => checked(side, d))))),
    );
    Object.assign(out, { arrivalsOn, departuresOn });
  }
  return out;
}
