import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { markUploadsAttached, verifyUpload } from "../../storage/verify-upload";

/**
 * A photo or signature may be attached to a parcel only once the server has checked the stored object: issued
 * for this building and purpose, sent by this staff member, within its size, and its first bytes are the image
 * it claims. A bad one is deleted by `verifyUpload` and refused with 422 under `field`.
 */
export async function verifiedPackageUpload(
  actor: Actor,
  key: string,
  purpose: "package_photo" | "package_signature",
  field: string,
): Promise<string> {
  const checked = await verifyUpload({ buildingId: actor.buildingId, purpose, key, uploaderId: actor.id });
  if (!checked.ok) {
    throw new AppError("validation", checked.message, { fields: { [field]: [checked.message] } });
  }
  await markUploadsAttached([key]);
  return key;
}
