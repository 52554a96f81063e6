import "server-only";
import type { Actor } from "@/lib/roles";

/**
 * Who the building's alarm rules act as: staff rights in one building, as a machine (token kind), so that they
 * can open tickets and start missions but never approve a step (tokens may not; lib/permissions.ts) — a gated
 * mission step still waits for a person.
 */
export const alarmRulesActor = (buildingId: string): Actor => ({
  kind: "token",
  id: "alarm-rules",
  role: "staff",
  buildingId,
  unitIds: [],
  name: "Alarm rules",
});
