import "server-only";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { countStaysInHouse, countTicketsByStatus, countUsers } from "../db/counts";
import { listAllDevices } from "../db/devices";
import { listArrivals, listDepartures } from "../db/reservation-queries";
import { listAllUnits } from "../db/units";
import { getActorBuilding } from "./get-actor-building";
import { type DeviceSummary, summarizeDevices } from "./get-staff-home";
import { requireBuildingScope } from "./require-scope";

export type ManagerHome = {
  buildingName: string;
  timezone: string;
  today: string;
  units: { total: number; rentable: number; unavailable: number };
  stays: { inHouse: number; arrivalsToday: number; departuresToday: number };
  tickets: { open: number; inProgress: number; waiting: number };
  people: number;
  devices: DeviceSummary;
};

/** The building summary: each figure is one bounded query (or a few pages of units/devices), never a history scan. */
export async function getManagerHome(actor: Actor): Promise<ManagerHome> {
  requireBuildingScope(actor, "building.manage");
  const b = actor.buildingId;
  const building = await getActorBuilding(actor);
  const today = todayIn(building.timezone);
  const [units, devices, inHouse, arrivals, departures, open, inProgress, waiting, people] =
    await Promise.all([
      listAllUnits({ buildingId: b }),
      listAllDevices({ buildingId: b }),
      countStaysInHouse({ buildingId: b, today, maxNights: building.config.maxNights }),
      listArrivals({ buildingId: b, from: today, to: today, limit: 200 }),
      listDepartures({ buildingId: b, from: today, to: today, limit: 200 }),
      countTicketsByStatus({ buildingId: b, status: "open" }),
      countTicketsByStatus({ buildingId: b, status: "in_progress" }),
      countTicketsByStatus({ buildingId: b, status: "waiting" }),
      countUsers({ buildingId: b }),
    ]);
  const live = (r: { status: string }) => r.status !== "cancelled";
  return {
    buildingName: building.name,
    timezone: building.timezone,
    today,
    units: {
      total: units.length,
      rentable: units.filter((u) => u.rentable).length,
      unavailable: units.filter((u) => u.status !== "active").length,
    },
    stays: {
      inHouse,
      arrivalsToday: arrivals.items.filter(live).length,
      departuresToday: departures.items.filter(live).length,
    },
    tickets: { open, inProgress, waiting },
    people,
    devices: summarizeDevices(devices),
  };
}
