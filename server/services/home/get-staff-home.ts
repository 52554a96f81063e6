import "server-only";
import { type Device, isRetired } from "@/lib/domain/device";
import { type ReservationDTO, toReservationDTO } from "@/lib/domain/reservation";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Actor } from "@/lib/roles";
import { listAllDevices } from "../../db/devices";
import { listArrivals, listDepartures } from "../../db/reservation-queries";
import { getUnitsByIds } from "../../db/units";
import { getBuilding } from "../building/get-building";
import { requireBuildingScope } from "../shared/require-scope";

export type DeviceSummary = {
  total: number;
  online: number;
  offline: number;
  lowBattery: number;
  locks: number;
};
export type StayRow = ReservationDTO & { unitNumber: string };
export type StaffHome = {
  buildingName: string;
  today: string;
  arrivals: StayRow[];
  departures: StayRow[];
  devices: DeviceSummary;
  offlineDevices: Pick<Device, "id" | "name" | "type" | "lastSeenAt">[];
};

export const LOW_BATTERY_PERCENT = 20;

/** Today's arrivals and departures (one query each, bounded by the day) and the building's device health. */
export async function getStaffHome(actor: Actor): Promise<StaffHome> {
  requireBuildingScope(actor, "reservation.read", "device.read");
  const b = actor.buildingId;
  const building = await getBuilding(actor);
  const today = todayIn(building.timezone);
  const [arrivals, departures, devices] = await Promise.all([
    listArrivals({ buildingId: b, from: today, to: today, limit: 200 }),
    listDepartures({ buildingId: b, from: today, to: today, limit: 200 }),
    listAllDevices({ buildingId: b }).then((all) => all.filter((d) => !isRetired(d))),
  ]);
  const stays = [...arrivals.items, ...departures.items].filter((r) => r.status !== "cancelled");
  const units = await getUnitsByIds({ buildingId: b, unitIds: [...new Set(stays.map((r) => r.unitId))] });
  const numberOf = new Map(units.map((u) => [u.id, u.number]));
  const row = (r: (typeof stays)[number]): StayRow => ({
    ...toReservationDTO(r),
    unitNumber: numberOf.get(r.unitId) ?? "",
  });
  return {
    buildingName: building.name,
    today,
    arrivals: arrivals.items.filter((r) => r.status !== "cancelled").map(row),
    departures: departures.items.filter((r) => r.status !== "cancelled").map(row),
    devices: summarizeDevices(devices),
    offlineDevices: devices
      .filter((d) => !d.online)
      .slice(0, 10)
      .map(({ id, name, type, lastSeenAt }) => ({ id, name, type, lastSeenAt })),
  };
}

export function summarizeDevices(devices: Device[]): DeviceSummary {
  const battery = (d: Device) => (typeof d.state.battery === "number" ? d.state.battery : null);
  return {
    total: devices.length,
    online: devices.filter((d) => d.online).length,
    offline: devices.filter((d) => !d.online).length,
    lowBattery: devices.filter((d) => (battery(d) ?? 100) < LOW_BATTERY_PERCENT).length,
    locks: devices.filter((d) => d.type === "lock").length,
  };
}
