import "server-only";
import { type CreateUploadInput, type PresignedUpload, UPLOAD_PURPOSES } from "@/lib/domain/upload";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { presignUpload } from "../../storage/presign-upload";
import { consumeUploadQuota } from "./upload-quota";

/**
 * Signs one upload for the caller. Ticket photos: anyone who may comment on a ticket (its opener, staff,
 * managers) may upload one; whether it attaches to a given ticket is decided when it is attached. The key is
 * chosen under the caller's building and the policy names the caller as uploader, so nobody else can attach it.
 */
export async function createUpload(actor: Actor, input: CreateUploadInput): Promise<PresignedUpload> {
  authorize(actor, "ticket.comment");
  const rule = UPLOAD_PURPOSES[input.purpose];
  if (!rule.contentTypes.includes(input.contentType)) {
    throw new AppError("validation", "That file type is not accepted here.", {
      fields: { contentType: ["That file type is not accepted here."] },
    });
  }
  if (input.size > rule.maxBytes) {
    const message = `The file must be at most ${rule.maxBytes / 1024 / 1024} MB.`;
    throw new AppError("validation", message, { fields: { size: [message] } });
  }
  await consumeUploadQuota(actor);
  return presignUpload({
    buildingId: actor.buildingId,
    purpose: input.purpose,
    contentType: input.contentType,
    uploaderId: actor.id,
  });
}
