import "server-only";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../db/buildings";

/** The actor's own building name, for the shell header. Never another building's. */
export async function getBuildingName(actor: Actor): Promise<string> {
  const building = await getBuilding({ buildingId: actor.buildingId });
  return building.name;
}
