import "server-only";
import { createPresignedPost } from "@aws-sdk/s3-presigned-post";
import {
  type PresignedUpload,
  UPLOAD_PURPOSES,
  UPLOAD_URL_TTL_SECONDS,
  type UploadContentType,
  type UploadPurpose,
} from "@/lib/domain/upload";
import { PENDING_UPLOAD_TAG, retentionTaggingXml } from "./retention-tag";
import { bucketName, s3 } from "./s3-client";
import { newUploadKey, UPLOADER_META } from "./upload-keys";

/**
 * A presigned POST for one object the browser sends straight to S3. The policy pins everything that matters:
 * the key (chosen here), the size range, the exact Content-Type that was declared and allowed, and the uploader,
 * so S3 itself refuses a bigger file or another type. The caller (a service) has already checked permission.
 * Policy conditions are not checked by every emulator, which is why `verifyUpload` checks the object again.
 */
export async function presignUpload({
  buildingId,
  purpose,
  contentType,
  uploaderId,
}: {
  buildingId: string;
  purpose: UploadPurpose;
  contentType: UploadContentType;
  uploaderId: string;
}): Promise<PresignedUpload> {
  const rule = UPLOAD_PURPOSES[purpose];
  const key = newUploadKey(buildingId, purpose, contentType);
  const { url, fields } = await createPresignedPost(s3(), {
    Bucket: bucketName(),
    Key: key,
    Expires: UPLOAD_URL_TTL_SECONDS,
    // Every field here also becomes an exact-match condition of the policy (see the SDK).
    // The pending tag puts the object under the bucket's expiry rule until `markUploadsAttached` retags it.
    Fields: {
      "Content-Type": contentType,
      [`x-amz-meta-${UPLOADER_META}`]: uploaderId,
      tagging: retentionTaggingXml(PENDING_UPLOAD_TAG),
    },
    Conditions: [["content-length-range", 1, rule.maxBytes]],
  });
  return {
    url,
    fields,
    key,
    maxBytes: rule.maxBytes,
    expiresAt: new Date(Date.now() + UPLOAD_URL_TTL_SECONDS * 1000).toISOString(),
  };
}
