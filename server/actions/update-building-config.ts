"use server";

import { buildingConfigPatchSchema } from "@/lib/domain/building";
import { updateBuildingConfig } from "../services/building/update-building-config";
import { action } from "./action";

/** One settings section saved from its form: the same partial config `PATCH /api/v1/building` takes. */
export const updateBuildingConfigAction = action(
  buildingConfigPatchSchema,
  async function saveSettingsSection(patch, actor) {
    const building = await updateBuildingConfig(actor, patch);
    return { savedAt: building.updatedAt };
  },
  { capability: "building.manage" },
);
