import "server-only";
import type { AlarmDTO } from "@/lib/domain/alarm";
import { scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";

/** Staff and managers see the building's alarms; residents those of their units; guests none (they get notices). */
export function alarmVisible(actor: Actor, alarm: Pick<AlarmDTO, "unitId">): boolean {
  const scope = scopeOf(actor, "alarm.read");
  if (scope === "building") return true;
  return scope === "own" && alarm.unitId !== null && actor.unitIds.includes(alarm.unitId);
}
