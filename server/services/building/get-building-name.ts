import "server-only";
import type { Actor } from "@/lib/roles";
import { getActorBuilding } from "./get-actor-building";

/** The actor's own building name, for the shell header. Never another building's. */
export async function getBuildingName(actor: Actor): Promise<string> {
  return (await getActorBuilding(actor)).name;
}
