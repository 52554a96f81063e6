"use server";

import { updateBuildingInputSchema } from "@/lib/domain/building";
import { updateBuildingDetails } from "../services/building/update-building-details";
import { action } from "./action";

/** The building's name, time zone, locale and currency. */
export const updateBuildingDetailsAction = action(
  updateBuildingInputSchema.strict(),
  async function saveBuildingDetails(patch, actor) {
    const building = await updateBuildingDetails(actor, patch);
    return { savedAt: building.updatedAt };
  },
  { capability: "building.manage" },
);
