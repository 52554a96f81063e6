import "server-only";
import type { Amenity, CreateAmenityInput } from "@/lib/domain/amenity";
import { newId } from "@/lib/domain/ids";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createAmenity } from "../../db/amenities";
import { recordAudit } from "../audit/audit";
import { requireDoorGroups, requireLocks } from "../door-groups/door-locks";

/** A manager defines an amenity; its doors must be locks of the same building (checked, named when not). */
export async function defineAmenity(actor: Actor, input: CreateAmenityInput, now = new Date()) {
  authorize(actor, "amenity.manage");
  const ids = [...new Set(input.doorDeviceIds)];
  await requireLocks(actor.buildingId, ids, "doorDeviceIds");
  await requireDoorGroups(actor.buildingId, input.doorGroupIds, "doorGroupIds");
  const at = now.toISOString();
  const amenity: Amenity = {
    ...input,
    doorDeviceIds: ids,
    doorGroupIds: [...new Set(input.doorGroupIds)],
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    createdAt: at,
    updatedAt: at,
  };
  await createAmenity({ amenity });
  await recordAudit(actor, "amenity.create", { type: "amenity", id: amenity.id }, "success", {
    name: amenity.name,
  });
  return { amenity };
}
