import "server-only";
import { type DeviceSummary, summarizeHealth } from "@/lib/domain/device-health";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { TICKET_PRIORITIES, type TicketPriority } from "@/lib/domain/ticket";
import type { Actor } from "@/lib/roles";
import { getAccessCountsByDay } from "../../db/access-logs";
import { countUsers } from "../../db/counts";
import {
  listStaysInWindow,
  listTicketFacts,
  listUnitFacts,
  type StayFacts,
  type TicketFacts,
} from "../../db/dashboard-queries";
import { getDeviceHealth } from "../../db/device-health";
import { listArrivals, listDepartures } from "../../db/reservation-queries";
import { getBuilding } from "../building/get-building";
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
};

const DAY_MS = 86_400_000;

/**
 * The building at a glance. A fixed number of requests per view (2 GetItem, the building and the device health
 * summary, and 9 key-bounded Queries, counted in
 * get-manager-home.test.ts at two building sizes): nothing here reads the history of stays, tickets or
 * access logs, only today's, the open ones, the next weeks' and the per-day counters.
 */
export async function getManagerHome(actor: Actor, now = new Date()): Promise<ManagerHome> {
  requireBuildingScope(actor, "building.manage");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone, now);
  const lastNight = addDays(today, OCCUPANCY_NIGHTS - 1);
  const accessFrom = addDays(today, -(ACCESS_DAYS - 1));
  const [units, devices, stays, arrivals, departures, open, inProgress, waiting, people, access] =
    await Promise.all([
      listUnitFacts({ buildingId: b }),
      getDeviceHealth({ buildingId: b }),
      listStaysInWindow({ buildingId: b, from: today, to: lastNight, maxNights: building.config.maxNights }),
      listArrivals({ buildingId: b, from: today, to: today, limit: 200 }),
      listDepartures({ buildingId: b, from: today, to: today, limit: 200 }),
      listTicketFacts({ buildingId: b, status: "open" }),
      listTicketFacts({ buildingId: b, status: "in_progress" }),
      listTicketFacts({ buildingId: b, status: "waiting" }),
      countUsers({ buildingId: b }),
      getAccessCountsByDay({ buildingId: b, fromDay: accessFrom, toDay: today }),
    ]);
  const live = (r: { status: string }) => r.status !== "cancelled";
  const rentable = units.filter((u) => u.rentable).length;
  const occupancy = nightsOf(stays.filter(live), today, rentable);
  const counts = new Map(access.map((d) => [d.day, d]));
  return {
    buildingName: building.name,
    timezone: building.timezone,
    today,
    units: { total: units.length, rentable, unavailable: units.filter((u) => u.status !== "active").length },
    stays: {
      inHouse: occupancy[0]?.occupied ?? 0,
      arrivalsToday: arrivals.items.filter(live).length,
      departuresToday: departures.items.filter(live).length,
    },
    tickets: { open: open.length, inProgress: inProgress.length, waiting: waiting.length },
    people,
    devices: summarizeHealth(devices),
    occupancy,
    ticketAges: ticketAges([...open, ...inProgress, ...waiting], now),
    accessByDay: Array.from({ length: ACCESS_DAYS }, (_, i) => {
      const day = addDays(accessFrom, i);
      return { day, granted: counts.get(day)?.granted ?? 0, denied: counts.get(day)?.denied ?? 0 };
    }),
  };
}

function nightsOf(stays: StayFacts[], today: string, rentable: number) {
  return Array.from({ length: OCCUPANCY_NIGHTS }, (_, i) => {
    const night = addDays(today, i);
    const occupied = stays.filter((s) => s.checkIn <= night && night < s.checkOut).length;
    return { night, occupied, percent: rentable ? Math.round((occupied / rentable) * 100) : 0 };
  });
}

function ticketAges(tickets: TicketFacts[], now: Date) {
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
