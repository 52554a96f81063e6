import "server-only";
import type { Amenity, CreateAmenityInput } from "@/lib/domain/amenity";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createAmenity } from "../../db/amenities";
import { getDevicesByIds } from "../../db/devices";
import { recordAudit } from "../audit";

/** A manager defines an amenity; its doors must be locks of the same building (checked, named when not). */
export async function defineAmenity(actor: Actor, input: CreateAmenityInput, now = new Date()) {
  authorize(actor, "amenity.manage");
  const ids = [...new Set(input.doorDeviceIds)];
  if (ids.length) {
    const found = await getDevicesByIds({ buildingId: actor.buildingId, deviceIds: ids });
    const locks = new Set(found.filter((d) => d.type === "lock" && !d.retiredAt).map((d) => d.id));
    const bad = ids.filter((id) => !locks.has(id));
    if (bad.length) {
      throw new AppError("validation", `Not a lock of this building: ${bad.join(", ")}`, {
        fields: { doorDeviceIds: bad.map((id) => `${id} is not a lock of this building`) },
      });
    }
  }
  const at = now.toISOString();
  const amenity: Amenity = {
    ...input,
    doorDeviceIds: ids,
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
