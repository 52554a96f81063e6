import "server-only";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { PHOTO_URL_TTL_SECONDS } from "@/lib/domain/upload";
import { bucketName, s3 } from "./s3-client";

/**
 * A short-lived signed GET for a stored upload: the bucket stays private, and a link copied out of a page stops
 * working within minutes. Signing is local (no request to S3), so a list can sign a thumbnail per row.
 */
export async function signedObjectUrl(key: string, ttlSeconds = PHOTO_URL_TTL_SECONDS): Promise<string> {
  return getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucketName(), Key: key }), {
    expiresIn: ttlSeconds,
  });
}
