import { createPackageUploadAction } from "@/server/actions/create-package-upload";
import { postToS3 } from "../tickets/upload-to-s3";

/**
 * Sends a parcel photo or a pickup signature the way every upload goes: the server signs a POST for a key it
 * chooses, the browser posts the file straight to S3, and the key is handed back for the action that attaches
 * it (which verifies the stored object). Null when signing or sending failed.
 */
export async function uploadPackageFile(
  purpose: "package_photo" | "package_signature",
  file: Blob,
): Promise<string | null> {
  const type = file.type as "image/jpeg" | "image/png" | "image/webp" | "image/heic";
  const signed = await createPackageUploadAction({ purpose, contentType: type, size: file.size });
  if (!signed.ok) return null;
  try {
    await postToS3(signed.data, file, () => {}).done;
    return signed.data.key;
  } catch {
    return null;
  }
}
