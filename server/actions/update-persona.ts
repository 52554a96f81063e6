"use server";

import { z } from "zod";
import { buildingConfigPatchSchema } from "@/lib/domain/building";
import { updateBuildingConfig } from "../services/building/update-building-config";
import { action } from "./action";

const personaPatchSchema = z.object({ persona: buildingConfigPatchSchema.shape.persona.unwrap() }).strict();

/** The concierge's persona and hand-over rules, saved as the `persona` section of the building's config. */
export const updatePersonaAction = action(
  personaPatchSchema,
  async function savePersona(patch, actor) {
    const building = await updateBuildingConfig(actor, patch);
    return { savedAt: building.updatedAt };
  },
  { capability: "persona.manage" },
);
