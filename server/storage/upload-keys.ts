import "server-only";
import { randomUUID } from "node:crypto";
import {
  EXTENSION_OF,
  UPLOAD_PURPOSES,
  type UploadContentType,
  type UploadPurpose,
} from "@/lib/domain/upload";

/**
 * Object keys of uploads. The server always chooses them: the building comes first, so a key can be checked for
 * belonging to the caller's building by its shape alone, and the random part cannot be guessed or chosen.
 */
export function newUploadKey(buildingId: string, purpose: UploadPurpose, contentType: UploadContentType) {
  return `buildings/${buildingId}/${UPLOAD_PURPOSES[purpose].folder}/${randomUUID()}.${EXTENSION_OF[contentType]}`;
}

const UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** True when `key` is one the server could have chosen for this building and purpose. */
export function isUploadKeyOf(key: string, buildingId: string, purpose: UploadPurpose): boolean {
  const folder = UPLOAD_PURPOSES[purpose].folder;
  const extensions = Object.values(EXTENSION_OF).join("|");
  return new RegExp(`^buildings/${escapeRegExp(buildingId)}/${folder}/${UUID}\\.(${extensions})$`).test(key);
}

/** The object metadata that names who uploaded it (signed into the POST policy, read back by HEAD). */
export const UPLOADER_META = "uploader";
