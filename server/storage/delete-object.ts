import "server-only";
import { DeleteObjectCommand } from "@aws-sdk/client-s3";
import { bucketName, s3 } from "./s3-client";

/** Deletes a stored object (S3 answers success for a key that is already gone). */
export async function deleteStoredObject(key: string): Promise<void> {
  await s3().send(new DeleteObjectCommand({ Bucket: bucketName(), Key: key }));
}
