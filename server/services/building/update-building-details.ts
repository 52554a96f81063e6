import "server-only";
import { type BuildingDTO, type UpdateBuildingInput, updateBuildingInputSchema } from "@/lib/domain/building";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { getBuilding, updateBuildingDetails as updateBuildingDetailsRecord } from "../../db/buildings";
import { recordAudit } from "../audit/audit";
import { diffOf } from "../units/unit-rules";

/** Name, address, time zone, locale and currency of the manager's own building, audited with before and after. */
export async function updateBuildingDetails(actor: Actor, input: UpdateBuildingInput): Promise<BuildingDTO> {
  authorize(actor, "building.manage");
  const patch = parseInput(updateBuildingInputSchema.strict(), input);
  const before = await getBuilding({ buildingId: actor.buildingId });
  const after = await updateBuildingDetailsRecord({ buildingId: actor.buildingId, patch });
  await recordAudit(
    actor,
    "building.update",
    { type: "building", id: before.id },
    "success",
    diffOf(before, after, ["name", "address", "timezone", "locale", "currency"]),
  );
  return { ...after, config: before.config };
}
