/**
 * The object tag that puts an upload under the bucket's expiry rule. S3 lifecycle filters take a literal key
 * prefix, and ID documents live under `buildings/{b}/id-documents/…` (building first, for scoping), so no prefix
 * can select them across buildings: a tag can. Pure data, because infra/ builds the lifecycle rule from it.
 */
export const ID_DOCUMENT_RETENTION_TAG = { key: "buildingos-retention", value: "id-document" } as const;

/**
 * Ticket photos and knowledge files are tagged `pending` when their upload is signed and `attached` once a
 * ticket or a document points at them; the bucket's rule deletes what is still pending after a few days, so an
 * upload nobody attaches does not stay forever. Retagged, not untagged: the app's role may only write these
 * two values (infra/lib/buildingos-stack.ts), and an empty tag set cannot be matched by that condition.
 */
export const UPLOAD_STATE_TAG_KEY = "buildingos-upload";
export const PENDING_UPLOAD_TAG = { key: UPLOAD_STATE_TAG_KEY, value: "pending" } as const;
export const ATTACHED_UPLOAD_TAG = { key: UPLOAD_STATE_TAG_KEY, value: "attached" } as const;
/** Days an upload may stay unattached before the bucket deletes it (the POST itself is valid 5 minutes). */
export const PENDING_UPLOAD_EXPIRY_DAYS = 2;

/** The `tagging` form field of a presigned POST (S3 reads it as the object's tag set). */
export function retentionTaggingXml(tag: { key: string; value: string }): string {
  return `<Tagging><TagSet><Tag><Key>${tag.key}</Key><Value>${tag.value}</Value></Tag></TagSet></Tagging>`;
}
