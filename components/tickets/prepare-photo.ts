import { IMAGE_CONTENT_TYPES, type ImageContentType } from "@/lib/domain/upload-constants";

/** Photos larger than this are re-encoded before upload, when the browser can decode them. */
const SHRINK_ABOVE_BYTES = 1.5 * 1024 * 1024;
const MAX_EDGE_PX = 2560;
const JPEG_QUALITY = 0.85;

export type PreparedPhoto = { blob: Blob; contentType: ImageContentType };

/** The declared type of a picked file; phones sometimes leave HEIC photos untyped. */
export function photoTypeOf(file: File): ImageContentType | null {
  const type = file.type.toLowerCase();
  if ((IMAGE_CONTENT_TYPES as readonly string[]).includes(type)) return type as ImageContentType;
  if (type === "image/heif" || (!type && /\.hei[cf]$/i.test(file.name))) return "image/heic";
  return null;
}

/**
 * A phone photo is often several megabytes and carries the place it was taken (EXIF GPS). Redrawing it at a
 * sensible size as a JPEG makes the upload quick on a mobile connection and leaves the metadata behind.
 * Anything the browser cannot decode (HEIC in most browsers) or that would not get smaller is sent as is.
 */
export async function preparePhoto(file: File, type: ImageContentType): Promise<PreparedPhoto> {
  const original = { blob: file, contentType: type };
  if (file.size <= SHRINK_ABOVE_BYTES || type === "image/heic" || typeof createImageBitmap !== "function") {
    return original;
  }
  try {
    const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
    const scale = Math.min(1, MAX_EDGE_PX / Math.max(bitmap.width, bitmap.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(bitmap.width * scale);
    canvas.height = Math.round(bitmap.height * scale);
    canvas.getContext("2d")?.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
    bitmap.close();
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, "image/jpeg", JPEG_QUALITY),
    );
    return blob && blob.size < file.size ? { blob, contentType: "image/jpeg" } : original;
  } catch {
    return original;
  }
}
