import "server-only";
import type { Package, PackageDTO } from "@/lib/domain/package";
import type { Actor } from "@/lib/roles";
import { signedObjectUrl } from "../../storage/photo-url";

/**
 * The parcel as the caller may see it: the pickup PIN only for the unit's residents, and only while it waits;
 * the photo and the pickup signature as short-lived signed links (signing is local, no request to S3).
 */
export async function toPackageDTO(p: Package, actor: Actor): Promise<PackageDTO> {
  const { pickupPin, photoKey, signatureKey, ...rest } = p;
  const theirs = actor.role === "resident" && actor.unitIds.includes(p.unitId) && p.status === "waiting";
  const [photoUrl, signatureUrl] = await Promise.all([
    photoKey ? signedObjectUrl(photoKey) : null,
    signatureKey ? signedObjectUrl(signatureKey) : null,
  ]);
  const dto = { ...rest, photoUrl, signatureUrl };
  return theirs ? { ...dto, pickupPin } : dto;
}
