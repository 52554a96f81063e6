import { z } from "zod";
import { isoDateSchema } from "./common";

/** `POST /api/v1/units/{id}/calendar-import`: the text of an .ics file from another channel. */
export const icalImportInputSchema = z.object({
  ics: z
    .string()
    .min(1)
    .max(1_000_000)
    .describe("The iCalendar text (an .ics file's content), at most 1 MB."),
});
export const icalImportResultSchema = z.object({
  events: z.number().int().describe("Events read from the file (cancelled ones excluded)."),
  blocked: z.array(isoDateSchema).describe("Nights blocked now."),
  skipped: z
    .array(z.object({ date: isoDateSchema, reason: z.enum(["held", "past"]) }))
    .describe("Nights left alone: already held (a stay, buffer or block) or in the past."),
});
export type IcalImportResult = z.infer<typeof icalImportResultSchema>;
export const icalFeedResponseSchema = z.object({
  url: z.url().describe("The feed URL with its secret. Shown once: only its hash is stored."),
});
export const icalFeedQuerySchema = z.object({
  token: z.string().max(200).describe("The unit's feed secret."),
});
