import { z } from "zod";

/**
 * What may be uploaded, per purpose. Isomorphic: the form checks type and size before asking for a signature,
 * the server signs a policy with the same limits and verifies the stored object against them again.
 */
export const IMAGE_CONTENT_TYPES = ["image/jpeg", "image/png", "image/webp", "image/heic"] as const;
export type ImageContentType = (typeof IMAGE_CONTENT_TYPES)[number];
/** Knowledge documents for the concierge: text is read as UTF-8, a PDF's text layer is extracted. */
export const KNOWLEDGE_CONTENT_TYPES = ["application/pdf", "text/markdown", "text/plain"] as const;
export type KnowledgeContentType = (typeof KNOWLEDGE_CONTENT_TYPES)[number];
export type UploadContentType = ImageContentType | KnowledgeContentType;

export const UPLOAD_PURPOSES = {
  ticket_photo: {
    /** the folder under `buildings/{b}/`; a key outside it is never accepted for this purpose */
    folder: "tickets",
    contentTypes: IMAGE_CONTENT_TYPES as readonly string[],
    maxBytes: 8 * 1024 * 1024,
    typeMessage: "Only JPEG, PNG, WebP or HEIC images are accepted.",
    mismatchMessage: "The file is not the image it claims to be.",
  },
  /** a parcel as it arrived, taken at the desk when it is logged */
  package_photo: {
    folder: "packages",
    contentTypes: IMAGE_CONTENT_TYPES as readonly string[],
    maxBytes: 8 * 1024 * 1024,
    typeMessage: "Only JPEG, PNG, WebP or HEIC images are accepted.",
    mismatchMessage: "The file is not the image it claims to be.",
  },
  /** a signature drawn on the desk's touch screen at pickup (a PNG of the canvas) */
  package_signature: {
    folder: "signatures",
    contentTypes: ["image/png"] as readonly string[],
    maxBytes: 512 * 1024,
    typeMessage: "A signature is a PNG image.",
    mismatchMessage: "The file is not the image it claims to be.",
  },
  knowledge_document: {
    folder: "knowledge",
    contentTypes: KNOWLEDGE_CONTENT_TYPES as readonly string[],
    maxBytes: 10 * 1024 * 1024,
    typeMessage: "Only Markdown, plain text or PDF files are accepted.",
    mismatchMessage: "The file is not the type it claims to be (a PDF must start with %PDF-).",
  },
} as const;
export type UploadPurpose = keyof typeof UPLOAD_PURPOSES;

export const EXTENSION_OF: Record<UploadContentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
  "text/markdown": "md",
  "text/plain": "txt",
};

/** Presigned POSTs and photo links live this long: enough to upload from a phone or show a page, no more. */
export const UPLOAD_URL_TTL_SECONDS = 5 * 60;
export const PHOTO_URL_TTL_SECONDS = 5 * 60;

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
