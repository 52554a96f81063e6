import { z } from "zod";
import { guestSchema } from "./reservation";

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

export const confirmDetailsInputSchema = z.object({
  guest: guestSchema,
  guestCount: z.number().int().min(1).max(50),
});
export type ConfirmDetailsInput = z.infer<typeof confirmDetailsInputSchema>;

export const presignIdDocumentInputSchema = z.object({
  contentType: z.enum(ID_DOCUMENT_TYPES),
  size: z.number().int().min(1).max(ID_DOCUMENT_MAX_BYTES, "The file must be at most 10 MB.").optional(),
});
export const recordIdDocumentInputSchema = z.object({ key: z.string().min(1).max(1024) });
export const acceptRulesInputSchema = z.object({
  version: z.string().min(1).max(80).describe("The `houseRules.version` the guest was shown."),
});
