import { z } from "zod";
import { ID_DOCUMENT_MAX_BYTES, ID_DOCUMENT_TYPES } from "./checkin-constants";
import { guestSchema } from "./reservation";

// values without schemas live in checkin-constants.ts (client components import them from there)
export * from "./checkin-constants";

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
