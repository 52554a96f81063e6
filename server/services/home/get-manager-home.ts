import "server-only";
import { type DeviceSummary, summarizeHealth } from "@/lib/domain/device-health";
import { type HandoverStats, handoverStatsOf } from "@/lib/domain/handover";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { TICKET_PRIORITIES, type TicketPriority } from "@/lib/domain/ticket";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAccessCountsByDay } from "../../db/access-logs";
import { listClosedHandoverTimes } from "../../db/dashboard-queries";
import { readHomeSummaries } from "../../db/home-reads";
import { getBuilding } from "../building/get-building";
import { handoverStatsSince, waitingTimes } from "../handover/handover-stats";
import { requireBuildingScope } from "../shared/require-scope";

export const OCCUPANCY_NIGHTS = 28;
export const ACCESS_DAYS = 14;
export const AGE_BUCKETS = ["under1d", "d1to3", "d3to7", "over7d"] as const;
export type AgeBucket = (typeof AGE_BUCKETS)[number];

export type ManagerHome = {
  buildingName: string;
  timezone: string;
  today: string;
  units: { total: number; rentable: number; unavailable: number };
  stays: { inHouse: number; arrivalsToday: number; departuresToday: number };
  tickets: { open: number; inProgress: number; waiting: number };
  people: number;
  devices: DeviceSummary;
  /** the next OCCUPANCY_NIGHTS nights from tonight: stays holding each night */
  occupancy: { night: string; occupied: number; percent: number }[];
  /** open work (open, in progress, waiting) by age and priority */
  ticketAges: ({ bucket: AgeBucket } & Record<TicketPriority, number>)[];
  /** the last ACCESS_DAYS days (UTC), oldest first */
  accessByDay: { day: string; granted: number; denied: number }[];
  /** response time to people who asked for a person (the hand-over stats) */
  handovers: HandoverStats;
};

const DAY_MS = 86_400_000;

/**
 * The building at a glance in three requests whatever the building's size (issue 19): one BatchGetItem of summary
 * items kept current by the writes (units, open tickets, waiting hand-overs, people, device health, and the stay
 * counter months: nights held, arrivals and departures per day; server/db/home-reads.ts), the per-day access
 * counters (one small Query) and the last 30 days of closed hand-overs (one Query of two short attributes each).
 * Nothing here reads the building's units, stays or tickets.
 */
export async function getManagerHome(actor: Actor, now = new Date()): Promise<ManagerHome> {
  requireBuildingScope(actor, "building.manage");
  authorize(actor, "handover.manage");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone, now);
  const lastNight = addDays(today, OCCUPANCY_NIGHTS - 1);
  const accessFrom = addDays(today, -(ACCESS_DAYS - 1));
  const [summaries, access, closedHandovers] = await Promise.all([
    readHomeSummaries(b, {
      units: true,
      tickets: true,
      handovers: true,
      people: true,
      devices: true,
      occupancy: { from: today, to: lastNight, maxNights: building.config.maxNights },
    }),
    getAccessCountsByDay({ buildingId: b, fromDay: accessFrom, toDay: today }),
    listClosedHandoverTimes({ buildingId: b, since: handoverStatsSince(now) }),
  ]);
  const units = [...(summaries.units?.values() ?? [])];
  const open = [...(summaries.tickets?.values() ?? [])];
  const rentable = units.filter((u) => u.r).length;
  const occupancy = [...(summaries.occupancy ?? new Map<string, number>())].map(([night, occupied]) => ({
    night,
    occupied,
    percent: rentable ? Math.round((occupied / rentable) * 100) : 0,
  }));
  const counts = new Map(access.map((d) => [d.day, d]));
  const inStatus = (s: string) => open.filter((t) => t.s === s).length;
  return {
    buildingName: building.name,
    timezone: building.timezone,
    today,
    units: { total: units.length, rentable, unavailable: units.filter((u) => u.s !== "active").length },
    stays: {
      inHouse: occupancy[0]?.occupied ?? 0,
      arrivalsToday: summaries.arrivals?.get(today) ?? 0,
      departuresToday: summaries.departures?.get(today) ?? 0,
    },
    tickets: { open: inStatus("open"), inProgress: inStatus("in_progress"), waiting: inStatus("waiting") },
    people: summaries.people ?? 0,
    devices: summarizeHealth(summaries.devices ?? {}),
    occupancy,
    ticketAges: ticketAges(
      open.map((t) => ({ priority: t.p, createdAt: t.c })),
      now,
    ),
    accessByDay: Array.from({ length: ACCESS_DAYS }, (_, i) => {
      const day = addDays(accessFrom, i);
      return { day, granted: counts.get(day)?.granted ?? 0, denied: counts.get(day)?.denied ?? 0 };
    }),
    handovers: handoverStatsOf(waitingTimes(summaries.handovers), closedHandovers, now),
  };
}

function ticketAges(tickets: { priority: string; createdAt: string }[], now: Date) {
  const rows = AGE_BUCKETS.map((bucket) => ({
    bucket,
    ...(Object.fromEntries(TICKET_PRIORITIES.map((p) => [p, 0])) as Record<TicketPriority, number>),
  }));
  for (const t of tickets) {
    const days = (now.getTime() - Date.parse(t.createdAt)) / DAY_MS;
    const i = days < 1 ? 0 : days < 3 ? 1 : days < 7 ? 2 : 3;
    const row = rows[i];
    if (row && (TICKET_PRIORITIES as readonly string[]).includes(t.priority)) {
      row[t.priority as TicketPriority] += 1;
    }
  }
  return rows;
}
