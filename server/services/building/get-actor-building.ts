import "server-only";
import { cache } from "react";
import type { Building } from "@/lib/domain/building";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";

/**
 * The actor's own building, read once per request: the shell's header, the language and time zone, and the
 * page's service all need it. Keyed on the actor object, which currentActor() also caches per request.
 */
export const getActorBuilding = cache(
  async (actor: Pick<Actor, "buildingId">): Promise<Building> =>
    getBuilding({ buildingId: actor.buildingId }),
);
