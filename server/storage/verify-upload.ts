import "server-only";
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectTaggingCommand,
} from "@aws-sdk/client-s3";
import { contentMatches, UPLOAD_PURPOSES, type UploadPurpose } from "@/lib/domain/upload";
import { logger } from "../logger";
import { ATTACHED_UPLOAD_TAG } from "./retention-tag";
import { bucketName, s3 } from "./s3-client";
import { isUploadKeyOf, UPLOADER_META } from "./upload-keys";

export type UploadRefusal =
  | "foreign_key"
  | "missing"
  | "not_uploader"
  | "too_large"
  | "wrong_type"
  | "not_an_image";
export type VerifiedUpload =
  | { ok: true; key: string; size: number; contentType: string }
  | { ok: false; key: string; reason: UploadRefusal; message: string };

const refuse = (key: string, reason: UploadRefusal, message: string): VerifiedUpload => ({
  ok: false,
  key,
  reason,
  message,
});

/**
 * Checks an uploaded object before anything points at it: the key is one this server issued for this building
 * and purpose, the object exists and was sent by this uploader, its size and declared type are within the
 * purpose's limits, and its first bytes really are that type. The policy should already have stopped a
 * bad upload, but not every S3 implementation enforces policies, and a policy cannot see the bytes.
 * A bad object in our own folder is deleted; a key outside it, or another person's upload, is only refused.
 */
export async function verifyUpload({
  buildingId,
  purpose,
  key,
  uploaderId,
}: {
  buildingId: string;
  purpose: UploadPurpose;
  key: string;
  uploaderId: string;
}): Promise<VerifiedUpload> {
  if (!isUploadKeyOf(key, buildingId, purpose)) return refuse(key, "foreign_key", "Not an upload of yours.");
  const rule = UPLOAD_PURPOSES[purpose];
  const head = await s3()
    .send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }))
    .catch((e: unknown) => {
      if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw e;
    });
  if (!head) return refuse(key, "missing", "The upload was not found; send the file again.");
  if (head.Metadata?.[UPLOADER_META] !== uploaderId) {
    return refuse(key, "not_uploader", "Not an upload of yours.");
  }
  const size = head.ContentLength ?? 0;
  const contentType = head.ContentType ?? "";
  let bad: VerifiedUpload | null = null;
  if (size < 1 || size > rule.maxBytes) {
    bad = refuse(key, "too_large", `The file must be at most ${rule.maxBytes / 1024 / 1024} MB.`);
  } else if (!rule.contentTypes.includes(contentType)) {
    bad = refuse(key, "wrong_type", rule.typeMessage);
  } else if (!contentMatches(contentType, await firstBytes(key))) {
    bad = refuse(key, "not_an_image", rule.mismatchMessage);
  }
  if (bad) {
    logger.warn("upload refused", { buildingId, key, reason: bad.ok ? null : bad.reason, size, contentType });
    await s3().send(new DeleteObjectCommand({ Bucket: bucketName(), Key: key }));
    return bad;
  }
  return { ok: true, key, size, contentType };
}

/**
 * Takes verified uploads out of the bucket's expiry rule: called once they are checked and just before a ticket
 * or document points at them, so a failed tagging fails the request before anything refers to the object.
 */
export async function markUploadsAttached(keys: string[]): Promise<void> {
  const TagSet = [{ Key: ATTACHED_UPLOAD_TAG.key, Value: ATTACHED_UPLOAD_TAG.value }];
  await Promise.all(
    keys.map((Key) =>
      s3().send(new PutObjectTaggingCommand({ Bucket: bucketName(), Key, Tagging: { TagSet } })),
    ),
  );
}

/** The object's first bytes (a ranged GET of 16 bytes, not the whole file), to check what it really is. */
export async function firstBytes(key: string) {
  const out = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: key, Range: "bytes=0-15" }));
  const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  return bytes.subarray(0, 16);
}
