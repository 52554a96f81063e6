"use server";

import { staySettingsSchema } from "@/lib/domain/stay-settings";
import { updateBuildingConfig } from "../services/building/update-building-config";
import { action } from "./action";

/**
 * The "guests and stays" settings sections (turnover timing, guest unlock, guest registration): managers only, on
 * their own building; the service merges, validates the whole config and audits the before and after.
 */
export const saveStaySettingsAction = action(
  staySettingsSchema,
  async function saveStaySettings(patch, actor) {
    const building = await updateBuildingConfig(actor, patch);
    return { savedAt: building.updatedAt };
  },
  { capability: "building.manage" },
);
