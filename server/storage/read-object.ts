import "server-only";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { bucketName, s3 } from "./s3-client";

/** Thrown when a stored object is larger than the caller will hold in memory. */
export class ObjectTooLarge extends Error {}

/** A stored object read whole into memory, refused past `maxBytes`. */
export async function readStoredObject(key: string, maxBytes: number): Promise<Uint8Array> {
  const out = await s3().send(new GetObjectCommand({ Bucket: bucketName(), Key: key }));
  const bytes = (await out.Body?.transformToByteArray()) ?? new Uint8Array();
  if (bytes.length > maxBytes) throw new ObjectTooLarge(`object ${key} is larger than ${maxBytes} bytes`);
  return bytes;
}
