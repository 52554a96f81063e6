import "server-only";
import {
  type BuildingConfigPatch,
  type BuildingDTO,
  buildingConfigSchema,
  mergeBuildingConfig,
} from "@/lib/domain/building";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { getBuilding, updateBuildingConfig as updateBuildingConfigRecord } from "../../db/buildings";
import { recordAudit } from "../audit/audit";
import { forgetBuildingFeatures } from "./require-feature";

/**
 * Applies a partial config to the manager's own building. The merged result is validated as a whole
 * (so cross-field rules like minNights ≤ maxNights hold) before anything is written; the change is audited
 * with the before and after of each changed section.
 */
export async function updateBuildingConfig(actor: Actor, patch: BuildingConfigPatch): Promise<BuildingDTO> {
  authorize(actor, "building.manage");
  const building = await getBuilding({ buildingId: actor.buildingId });
  const merged = mergeBuildingConfig(building.config, patch);
  const config = parseInput(buildingConfigSchema, merged);
  const changed = Object.keys(patch) as (keyof typeof config)[];
  const updated = await updateBuildingConfigRecord({ buildingId: actor.buildingId, config });
  forgetBuildingFeatures(actor.buildingId);
  await recordAudit(actor, "building.config.update", { type: "building", id: building.id }, "success", {
    before: Object.fromEntries(changed.map((k) => [k, building.config[k]])),
    after: Object.fromEntries(changed.map((k) => [k, config[k]])),
  });
  return updated;
}
