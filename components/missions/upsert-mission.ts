import type { MissionDTO, MissionStatus } from "@/lib/domain/mission";

/** The list with `mission` put in (or taken out when it no longer matches the status), newest first. */
export function upsertMission(all: MissionDTO[], mission: MissionDTO, status?: MissionStatus): MissionDTO[] {
  const rest = all.filter((m) => m.id !== mission.id);
  const known = rest.length !== all.length;
  const before = all.find((m) => m.id === mission.id);
  // updates can arrive out of order: an older save never overwrites a newer one
  if (before && before.updatedAt > mission.updatedAt) return all;
  if (status && mission.status !== status) return known ? rest : all;
  return [...rest, mission].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
}
