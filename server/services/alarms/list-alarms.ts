import "server-only";
import { type AlarmDTO, byUrgency, type ListAlarmsQuery, toAlarmDTO } from "@/lib/domain/alarm";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAlarmsByStatus, listAlarmsByUnit } from "../../db/alarms";
import { decodeCursor, encodeCursor } from "../../db/cursor";
import type { Page } from "../../db/query";

/**
 * Alarms of one status, newest first. Staff and managers: the building's (one index partition per status).
 * Residents: their units' alarms, unit after unit (each newest first), paged with a cursor.
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
  return listUnitsAlarms(actor, { status, limit, cursor });
}

/** Reads per page at most: a page of a unit with many alarms of other statuses may come back short, with a cursor. */
const MAX_READS = 8;

/**
 * A resident's units' alarms of one status: the units in a fixed order, each unit's alarms newest first, through
 * its own index partition. The cursor (signed like every cursor) says which unit and where in it to go on.
 */
async function listUnitsAlarms(
  actor: Actor,
  { status, limit, cursor }: ListAlarmsQuery,
): Promise<Page<AlarmDTO>> {
  const units = [...actor.unitIds].sort();
  const at = decodeCursor(cursor) as { u?: unknown; c?: unknown } | undefined;
  let u = typeof at?.u === "number" && Number.isInteger(at.u) && at.u >= 0 ? at.u : 0;
  let inner = typeof at?.c === "string" ? at.c : undefined;
  const items: AlarmDTO[] = [];
  for (let reads = 0; u < units.length && items.length < limit && reads < MAX_READS; reads++) {
    const page = await listAlarmsByUnit({
      buildingId: actor.buildingId,
      unitId: units[u],
      status,
      limit: limit - items.length,
      cursor: inner,
    });
    items.push(...page.items.map(toAlarmDTO));
    if (page.cursor) inner = page.cursor;
    else {
      u++;
      inner = undefined;
    }
  }
  return { items, cursor: u < units.length ? encodeCursor({ u, ...(inner ? { c: inner } : {}) }) : null };
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
