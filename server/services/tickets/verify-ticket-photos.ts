import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { logger } from "../../logger";
import { markUploadsAttached, verifyUpload } from "../../storage/verify-upload";

/**
 * Verifies every photo key before any of them is attached: all or nothing, so a ticket never points at an
 * object that failed its checks. A refusal is a 422 naming the offending entry (`photoKeys.1`). Bad objects in
 * the building's folder are deleted by `verifyUpload`; a key the caller did not upload is only refused.
 */
export async function verifyTicketPhotos(actor: Actor, photoKeys: string[]): Promise<string[]> {
  const unique = [...new Set(photoKeys)];
  const results = await Promise.all(
    unique.map((key) =>
      verifyUpload({ buildingId: actor.buildingId, purpose: "ticket_photo", key, uploaderId: actor.id }),
    ),
  );
  const fields: Record<string, string[]> = {};
  results.forEach((r, i) => {
    if (!r.ok) fields[`photoKeys.${photoKeys.indexOf(unique[i] as string)}`] = [r.message];
  });
  const refused = Object.keys(fields);
  if (refused.length) {
    logger.warn("ticket photos refused", { buildingId: actor.buildingId, actorId: actor.id, refused });
    const first = Object.values(fields)[0]?.[0];
    throw new AppError("validation", `Check ${refused.join(", ")}: ${first}`, { fields });
  }
  await markUploadsAttached(unique);
  return unique;
}
