import "server-only";
import { cache } from "react";
import type { Building } from "@/lib/domain/building";
import type { Actor } from "@/lib/roles";
import { findBuilding } from "../db/buildings";

/** The actor's own building, read once per request (the shell, the language and the page all need it). */
export const getActorBuilding = cache(
  async (actor: Pick<Actor, "buildingId">): Promise<Building | null> =>
    findBuilding({ buildingId: actor.buildingId }),
);
