/**
 * The object tag that puts an upload under the bucket's expiry rule. S3 lifecycle filters take a literal key
 * prefix, and ID documents live under `buildings/{b}/id-documents/…` (building first, for scoping), so no prefix
 * can select them across buildings: a tag can. Pure data, because infra/ builds the lifecycle rule from it.
 */
export const ID_DOCUMENT_RETENTION_TAG = { key: "buildingos-retention", value: "id-document" } as const;

/** The `tagging` form field of a presigned POST (S3 reads it as the object's tag set). */
export function retentionTaggingXml(tag: { key: string; value: string }): string {
  return `<Tagging><TagSet><Tag><Key>${tag.key}</Key><Value>${tag.value}</Value></Tag></TagSet></Tagging>`;
}
