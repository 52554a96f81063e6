import "server-only";
import { type AlarmDTO, byUrgency, type ListAlarmsQuery, toAlarmDTO } from "@/lib/domain/alarm";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAlarmsByStatus, listAlarmsByUnit } from "../../db/alarms";
import type { Page } from "../../db/query";

/**
 * Alarms of one status, newest first. Staff and managers: the building's (one index partition per status).
 * Residents: their units' alarms (one query per unit, newest first; the page has no cursor).
 */
export async function listAlarms(
  actor: Actor,
  { status, limit, cursor }: ListAlarmsQuery,
): Promise<Page<AlarmDTO>> {
  const scope = authorize(actor, "alarm.read");
  if (scope === "building") {
    const page = await listAlarmsByStatus({ buildingId: actor.buildingId, status, limit, cursor });
    return { items: page.items.map(toAlarmDTO), cursor: page.cursor };
  }
  const perUnit = await Promise.all(
    actor.unitIds.map((unitId) => listAlarmsByUnit({ buildingId: actor.buildingId, unitId, limit: 200 })),
  );
  const items = perUnit
    .flatMap((p) => p.items)
    .filter((a) => a.status === status)
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt))
    .slice(0, limit)
    .map(toAlarmDTO);
  return { items, cursor: null };
}

/** Open alarms (active, then acknowledged), most severe first: the staff home and the alarm page. */
export async function listOpenAlarms(
  actor: Actor,
): Promise<{ active: AlarmDTO[]; acknowledged: AlarmDTO[] }> {
  const [active, acknowledged] = await Promise.all([
    listAlarms(actor, { status: "active", limit: 100 }),
    listAlarms(actor, { status: "acknowledged", limit: 100 }),
  ]);
  return { active: active.items.sort(byUrgency), acknowledged: acknowledged.items.sort(byUrgency) };
}
