import "server-only";
import type { BuildingDTO } from "@/lib/domain/building";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding as getBuildingRecord } from "../../db/buildings";

/** The actor's own building with its config. Every role may read its building; nobody reads another. */
export async function getBuilding(actor: Actor): Promise<BuildingDTO> {
  authorize(actor, "building.read");
  return getBuildingRecord({ buildingId: actor.buildingId });
}
