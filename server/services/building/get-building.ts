import "server-only";
import { cache } from "react";
import type { Building } from "@/lib/domain/building";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { shellMemo } from "../../auth/shell-memo";
import { getBuilding as getBuildingRecord } from "../../db/buildings";

/**
 * The actor's own building with its config (every role may read its own; nobody reads another), read once per
 * request: the shell's header, the language and time zone and the page's service all need it. Keyed on the actor
 * object, which currentActor() also caches per request.
 */
export const getBuilding = cache(async (actor: Actor): Promise<Building> => {
  authorize(actor, "building.read");
  // a signed-in page's first read (the user's) brought it already (server/auth/session-user.ts)
  return shellMemo().buildings.get(actor.buildingId) ?? getBuildingRecord({ buildingId: actor.buildingId });
});
