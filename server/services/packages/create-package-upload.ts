import "server-only";
import type { CreatePackageUploadInput, PresignedUpload } from "@/lib/domain/upload";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { presignUpload } from "../../storage/presign-upload";
import { consumeUploadQuota } from "../uploads/upload-quota";

/**
 * Signs the desk's upload of a parcel photo (an image, at most 8 MB) or a pickup signature (a PNG, at most
 * 512 kB) for staff. The key is chosen under the building and the policy names the staff member as uploader;
 * it is attached to a parcel only once `verifiedPackageUpload` has checked the stored object.
 */
export async function presignPackageUpload(
  actor: Actor,
  input: CreatePackageUploadInput,
): Promise<PresignedUpload> {
  authorize(actor, "package.manage");
  await consumeUploadQuota(actor);
  return presignUpload({
    buildingId: actor.buildingId,
    purpose: input.purpose,
    contentType: input.contentType,
    uploaderId: actor.id,
  });
}
