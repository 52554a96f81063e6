import "server-only";
import { randomUUID } from "node:crypto";
import {
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
} from "@aws-sdk/client-s3";
import { createPresignedPost, type PresignedPostOptions } from "@aws-sdk/s3-presigned-post";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import {
  ID_DOCUMENT_EXTENSION,
  ID_DOCUMENT_MAX_BYTES,
  ID_DOCUMENT_TYPES,
  ID_DOCUMENT_URL_TTL_SECONDS,
  type IdDocumentType,
} from "@/lib/domain/checkin";
import { contentMatches } from "@/lib/domain/upload";
import { deleteStoredObject } from "./delete-object";
import { ID_DOCUMENT_RETENTION_TAG, retentionTaggingXml } from "./retention-tag";
import { bucketName, s3 } from "./s3-client";
import { firstBytes } from "./verify-upload";

/**
 * Guests' ID documents: private objects under the building and the stay, uploaded by presigned POST, checked
 * by HEAD before the stay points at them, and shown to staff only through short-lived signed GETs.
 */
const RESERVATION_META = "reservation";
const prefixOf = (buildingId: string, reservationId: string) =>
  `buildings/${buildingId}/id-documents/${reservationId}/`;

export function newIdDocumentKey(buildingId: string, reservationId: string, type: IdDocumentType): string {
  return `${prefixOf(buildingId, reservationId)}${randomUUID()}.${ID_DOCUMENT_EXTENSION[type]}`;
}

/** Only keys this server could have chosen for this stay: the prefix, a UUID, a known extension. */
export function isIdDocumentKeyOf(key: string, buildingId: string, reservationId: string): boolean {
  const rest = key.startsWith(prefixOf(buildingId, reservationId))
    ? key.slice(prefixOf(buildingId, reservationId).length)
    : "";
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(jpg|png|webp|heic|pdf)$/.test(rest);
}

/**
 * The POST policy: key fixed, exact Content-Type, the stay named in metadata (every Field is also an exact-match
 * condition), size 1 byte to the limit, and the retention tag the bucket's expiry rule selects ID documents by. Pure, so the conditions are unit-tested: emulators do not enforce them.
 */
export function idDocumentPostOptions(
  key: string,
  contentType: IdDocumentType,
  reservationId: string,
): PresignedPostOptions {
  return {
    Bucket: bucketName(),
    Key: key,
    Expires: ID_DOCUMENT_URL_TTL_SECONDS,
    Fields: {
      "Content-Type": contentType,
      [`x-amz-meta-${RESERVATION_META}`]: reservationId,
      tagging: retentionTaggingXml(ID_DOCUMENT_RETENTION_TAG),
    },
    Conditions: [["content-length-range", 1, ID_DOCUMENT_MAX_BYTES]],
  };
}

export async function presignIdDocumentPost(key: string, contentType: IdDocumentType, reservationId: string) {
  const { url, fields } = await createPresignedPost(
    s3(),
    idDocumentPostOptions(key, contentType, reservationId),
  );
  return { url, fields };
}

export type IdDocumentCheck =
  | { ok: true; size: number; contentType: string }
  | { ok: false; message: string };

/**
 * HEAD of the uploaded object: it exists, was sent for this stay, and its size and type are allowed; then its
 * first bytes must be that type (JPEG, PNG, WebP, HEIC or PDF signature), as ticket photos are checked. A file
 * that is not what it claims is deleted (the key is one this server chose for the stay).
 */
export async function checkIdDocument(key: string, reservationId: string): Promise<IdDocumentCheck> {
  const head = await s3()
    .send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }))
    .catch((e: unknown) => {
      if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode === 404) return null;
      throw e;
    });
  if (!head) return { ok: false, message: "The upload was not found; send the file again." };
  if (head.Metadata?.[RESERVATION_META] !== reservationId)
    return { ok: false, message: "Not an upload for this stay." };
  const size = head.ContentLength ?? 0;
  const contentType = head.ContentType ?? "";
  if (size < 1 || size > ID_DOCUMENT_MAX_BYTES)
    return { ok: false, message: "The file must be at most 10 MB." };
  if (!(ID_DOCUMENT_TYPES as readonly string[]).includes(contentType)) {
    return { ok: false, message: "Only a photo (JPEG, PNG, WebP, HEIC) or a PDF is accepted." };
  }
  if (!contentMatches(contentType, await firstBytes(key))) {
    await deleteStoredObject(key);
    return { ok: false, message: "The file is not the photo or PDF it claims to be." };
  }
  return { ok: true, size, contentType };
}

/** A signed GET that works for a few minutes; signing is local, no request to S3. */
export function signedIdDocumentUrl(key: string): Promise<string> {
  return getSignedUrl(s3(), new GetObjectCommand({ Bucket: bucketName(), Key: key }), {
    expiresIn: ID_DOCUMENT_URL_TTL_SECONDS,
  });
}

/**
 * Deletes every object under the stay's ID-document prefix (recorded ones and uploads never recorded alike), a
 * page of up to 1000 at a time. Returns how many were deleted. For the retention sweeper.
 */
export async function deleteIdDocumentsOf(buildingId: string, reservationId: string): Promise<number> {
  let deleted = 0;
  let token: string | undefined;
  do {
    const page = await s3().send(
      new ListObjectsV2Command({
        Bucket: bucketName(),
        Prefix: prefixOf(buildingId, reservationId),
        ContinuationToken: token,
      }),
    );
    const objects = (page.Contents ?? []).flatMap((o) => (o.Key ? [{ Key: o.Key }] : []));
    if (objects.length) {
      await s3().send(new DeleteObjectsCommand({ Bucket: bucketName(), Delete: { Objects: objects } }));
      deleted += objects.length;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return deleted;
}
