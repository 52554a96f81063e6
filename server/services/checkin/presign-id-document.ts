import "server-only";
import {
  ID_DOCUMENT_MAX_BYTES,
  ID_DOCUMENT_URL_TTL_SECONDS,
  type IdDocumentType,
} from "@/lib/domain/checkin";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { newIdDocumentKey, presignIdDocumentPost } from "../../storage/id-documents";
import { consumeUploadQuota } from "../uploads/upload-quota";
import { mayUploadIdDocument, requireGuestStay } from "./checkin-stay";

export type PresignedIdDocument = {
  url: string;
  fields: Record<string, string>;
  key: string;
  maxBytes: number;
  expiresAt: string;
};

/**
 * Step 2a: a presigned POST for one ID document. The server picks the key (under the building and the stay),
 * the policy pins type, size and stay; the browser sends the file straight to the private bucket.
 */
export async function presignIdDocument(
  actor: Actor,
  input: { contentType: IdDocumentType },
): Promise<PresignedIdDocument> {
  const r = await requireGuestStay(actor);
  if (!mayUploadIdDocument(r)) throw new AppError("conflict", "Check-in is closed for this stay.");
  await consumeUploadQuota(actor);
  const key = newIdDocumentKey(r.buildingId, r.id, input.contentType);
  const { url, fields } = await presignIdDocumentPost(key, input.contentType, r.id);
  return {
    url,
    fields,
    key,
    maxBytes: ID_DOCUMENT_MAX_BYTES,
    expiresAt: new Date(Date.now() + ID_DOCUMENT_URL_TTL_SECONDS * 1000).toISOString(),
  };
}
