import "server-only";
import type { AccessDayCount } from "@/lib/domain/access-log";
import { todayIn } from "@/lib/domain/stay-dates";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getAccessCountsByDay } from "../../db/access-logs";
import { getBuilding } from "../building/get-building";

const DAY_MS = 86_400_000;
export const MAX_CHART_DAYS = 92;

/**
 * The building's door events per day (the building's own days, as the counters count them) in [fromDay, toDay],
 * every day present (zero when quiet), from the day counters: one small Query. Without `toDay`, up to the
 * building's today; without `fromDay`, `days` back from it. Staff and managers only: the counts are building-wide.
 */
export async function getAccessCounts(
  actor: Actor,
  range: { fromDay?: string; toDay?: string; days?: number },
  now = new Date(),
): Promise<AccessDayCount[]> {
  authorize(actor, "accessLog.read", { buildingId: actor.buildingId, owns: () => false });
  const toDay = range.toDay ?? todayIn((await getBuilding(actor)).timezone, now);
  const to = Date.parse(`${toDay}T00:00:00Z`);
  const wanted = range.fromDay
    ? Date.parse(`${range.fromDay}T00:00:00Z`)
    : to - ((range.days ?? 14) - 1) * DAY_MS;
  const from = Math.max(wanted, to - (MAX_CHART_DAYS - 1) * DAY_MS);
  const fromDay = new Date(from).toISOString().slice(0, 10);
  const counts = await getAccessCountsByDay({ buildingId: actor.buildingId, fromDay, toDay });
  const byDay = new Map(counts.map((c) => [c.day, c]));
  const days: AccessDayCount[] = [];
  for (let t = from; t <= to; t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    days.push(byDay.get(day) ?? { day, total: 0, granted: 0, denied: 0 });
  }
  return days;
}
