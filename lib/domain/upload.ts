import { z } from "zod";
import {
  IMAGE_CONTENT_TYPES,
  type ImageContentType,
  KNOWLEDGE_CONTENT_TYPES,
  UPLOAD_PURPOSES,
} from "./upload-constants";

// values without schemas live in upload-constants.ts (client components import them from there)
export * from "./upload-constants";

/** `POST /api/v1/uploads`: the client says what it will send; the server picks the key. */
export const createUploadInputSchema = z.object({
  purpose: z.enum(["ticket_photo"]),
  contentType: z.enum(IMAGE_CONTENT_TYPES, "Use a JPEG, PNG, WebP or HEIC image"),
  size: z
    .number()
    .int()
    .min(1, "The file is empty")
    .max(UPLOAD_PURPOSES.ticket_photo.maxBytes, "The file is larger than 8 MB"),
});
export type CreateUploadInput = z.infer<typeof createUploadInputSchema>;

export const presignedUploadSchema = z.object({
  /** where the browser posts the form (multipart/form-data) */
  url: z.string(),
  /** form fields to send first, in this order, then the file as `file` */
  fields: z.record(z.string(), z.string()),
  /** the object key to pass later as one of `photoKeys` */
  key: z.string(),
  maxBytes: z.number().int(),
  expiresAt: z.string(),
});
export type PresignedUpload = z.infer<typeof presignedUploadSchema>;

/**
 * The image type the first bytes say, or null. The Content-Type of an upload is the client's claim; the magic
 * number is what the file is, so a renamed HTML page or executable is refused whatever header it came with.
 */
export function sniffImageType(head: Uint8Array): ImageContentType | null {
  const ascii = (from: number, to: number) => String.fromCharCode(...head.subarray(from, to));
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return "image/jpeg";
  if (ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "image/png";
  if (ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  if (ascii(4, 8) === "ftyp" && /^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(ascii(8, 12))) {
    return "image/heic";
  }
  return null;
}

/**
 * Do the first bytes fit the declared type? Images and PDFs by their magic number (`%PDF-`); Markdown and
 * plain text by having no NUL byte (a binary file renamed .txt has some within its first bytes).
 */
export function contentMatches(declared: string, head: Uint8Array): boolean {
  if ((IMAGE_CONTENT_TYPES as readonly string[]).includes(declared)) return sniffImageType(head) === declared;
  if (declared === "application/pdf") return String.fromCharCode(...head.subarray(0, 5)) === "%PDF-";
  if (declared === "text/markdown" || declared === "text/plain") return head.length > 0 && !head.includes(0);
  return false;
}

/** `POST /api/v1/knowledge/uploads`: what the manager will send; the server picks the key. */
export const createKnowledgeUploadInputSchema = z.object({
  contentType: z.enum(KNOWLEDGE_CONTENT_TYPES, "Use a Markdown, plain-text or PDF file"),
  size: z
    .number()
    .int()
    .min(1, "The file is empty")
    .max(UPLOAD_PURPOSES.knowledge_document.maxBytes, "The file is larger than 10 MB"),
});
export type CreateKnowledgeUploadInput = z.infer<typeof createKnowledgeUploadInputSchema>;

/** `POST /api/v1/packages/uploads`: a parcel's photo or a pickup signature; the server picks the key. */
export const createPackageUploadInputSchema = z
  .object({
    purpose: z.enum(["package_photo", "package_signature"]),
    contentType: z.enum(IMAGE_CONTENT_TYPES, "Use a JPEG, PNG, WebP or HEIC image"),
    size: z.number().int().min(1, "The file is empty").max(UPLOAD_PURPOSES.package_photo.maxBytes),
  })
  .refine((u) => u.purpose !== "package_signature" || u.contentType === "image/png", {
    path: ["contentType"],
    message: "A signature is a PNG image",
  })
  .refine((u) => u.size <= UPLOAD_PURPOSES[u.purpose].maxBytes, {
    path: ["size"],
    message: "The file is too large",
  });
export type CreatePackageUploadInput = z.infer<typeof createPackageUploadInputSchema>;
