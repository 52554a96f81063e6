/**
 * Check-in ID document limits: values without schemas. Client components import them from here, so zod stays
 * out of their bundles; checkin.ts re-exports them for server code.
 */

/**
 * The guest check-in steps' inputs and limits. Isomorphic: the page checks type and size before asking for a
 * signature; the server signs a policy with the same limits and checks the stored object against them again.
 */
export const ID_DOCUMENT_TYPES = [
  "image/jpeg",
  "image/png",
  "image/webp",
  "image/heic",
  "application/pdf",
] as const;
export type IdDocumentType = (typeof ID_DOCUMENT_TYPES)[number];
export const ID_DOCUMENT_EXTENSION: Record<IdDocumentType, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/heic": "heic",
  "application/pdf": "pdf",
};
export const ID_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const MAX_ID_DOCUMENTS = 4;
/** Presigned POSTs and staff's view links last this long: enough to upload from a phone or open a file. */
export const ID_DOCUMENT_URL_TTL_SECONDS = 5 * 60;
