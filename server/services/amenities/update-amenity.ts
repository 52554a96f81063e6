import "server-only";
import type { CreateAmenityInput } from "@/lib/domain/amenity";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { replaceAmenity } from "../../db/amenities";
import { recordAudit } from "../audit/audit";
import { requireDoorGroups, requireLocks } from "../door-groups/door-locks";

/**
 * A manager edits an amenity's whole definition. Bookings already made keep their slot, door code and place;
 * new bookings follow the new hours, capacity and limits (a lowered capacity refuses new places until the
 * slot's count falls under it).
 */
export async function updateAmenity(
  actor: Actor,
  amenityId: string,
  input: CreateAmenityInput,
  now = new Date(),
) {
  authorize(actor, "amenity.manage");
  const doorDeviceIds = [...new Set(input.doorDeviceIds)];
  const doorGroupIds = [...new Set(input.doorGroupIds)];
  await requireLocks(actor.buildingId, doorDeviceIds, "doorDeviceIds");
  await requireDoorGroups(actor.buildingId, doorGroupIds, "doorGroupIds");
  const amenity = await replaceAmenity({
    buildingId: actor.buildingId,
    amenityId,
    definition: { ...input, doorDeviceIds, doorGroupIds },
    updatedAt: now.toISOString(),
  });
  await recordAudit(actor, "amenity.update", { type: "amenity", id: amenity.id }, "success", {
    name: amenity.name,
  });
  return { amenity };
}
