import "server-only";
import { addDays } from "@/lib/domain/stay-dates";
import { type DeviceHealthSets, deviceHealthOf, rebuildDeviceHealth } from "./device-health";
import {
  type AlarmEntry,
  type DeskEntry,
  deskSummary,
  type HandoverEntry,
  monthCountsOf,
  openAlarmsSummary,
  openTicketsSummary,
  peopleCountOf,
  rebuildOccupancyMonth,
  rebuildPeopleCount,
  type TicketEntry,
  type UnitEntry,
  unitsSummary,
  waitingHandoversSummary,
} from "./home-summaries";
import { batchGetByKey } from "./item";
import { type Key, keys } from "./keys";
import { type Entries, type EntrySummary, entriesOf, rebuildEntries } from "./summary-entries";

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
  if (occ) {
    const months = [...new Set([occ.from.slice(0, 7), occ.to.slice(0, 7)])];
    const days = () => {
      const m = new Map<string, number>();
      for (let d = occ.from; d <= occ.to; d = addDays(d, 1)) m.set(d, 0);
      return m;
    };
    const [nights, arrivals, departures] = [days(), days(), days()];
    Object.assign(out, { occupancy: nights, arrivals, departures });
    for (const month of months) {
      slots.push({
        key: keys.occupancy(b, month),
        take: async (item) => {
          const counts =
            monthCountsOf(item) ??
            (await rebuildOccupancyMonth({ buildingId: b, month, maxNights: occ.maxNights }));
          for (const [into, from] of [
            [nights, counts.nights],
            [arrivals, counts.arrivals],
            [departures, counts.departures],
          ] as const) {
            for (const [day, n] of from) if (into.has(day)) into.set(day, n);
          }
        },
      });
    }
  }
  const items = await batchGetByKey<Record<string, unknown>>(slots.map((s) => s.key));
  await Promise.all(slots.map((s, i) => s.take(items[i])));
  return out;
}
