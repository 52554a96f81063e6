/**
 * What may be uploaded, per purpose: values without schemas. Client components import them from here, so zod
 * stays out of their bundles; upload.ts re-exports them for server code.
 */

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
