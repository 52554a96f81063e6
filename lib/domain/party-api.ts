import { z } from "zod";
import { isoDateSchema } from "./common";
import { partyMemberSchema } from "./party";

/** Response and query shapes of the guest-registration endpoints (issue 17), for the OpenAPI document. */
export const partyResponseSchema = z.object({
  party: z
    .object({ members: z.array(partyMemberSchema), registeredAt: z.string(), updatedAt: z.string() })
    .nullable()
    .describe("Null while nobody is registered, or once the guest data was deleted after retention."),
});

export const sesExportQuerySchema = z
  .object({
    from: isoDateSchema.describe("First arrival date (inclusive)."),
    to: isoDateSchema.describe("Last arrival date (inclusive); at most 31 days after `from`."),
  })
  .refine((q) => q.to >= q.from, { path: ["to"], message: "Must be on or after from" });
