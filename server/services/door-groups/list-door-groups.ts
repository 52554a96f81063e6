import "server-only";
import type { DoorGroup } from "@/lib/domain/door-group";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listDoorGroups } from "../../db/door-groups";

/** The building's door groups, by name (residents see them to choose a pass's doors). */
export async function listBuildingDoorGroups(actor: Actor): Promise<{ items: DoorGroup[] }> {
  authorize(actor, "doorGroup.read");
  return { items: await listDoorGroups({ buildingId: actor.buildingId }) };
}
