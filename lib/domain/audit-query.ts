import { z } from "zod";
import { AUDIT_TARGET_TYPES } from "./audit-event";
import { idSchema, isoDateSchema, pageQuerySchema } from "./common";

/**
 * `GET /api/v1/audit-events` (managers): newest first, narrowed by who acted, what kind of target, an action
 * prefix (`user.` finds every user action) and a day range (UTC, inclusive). `format=csv` downloads the matches.
 */
export const auditQuerySchema = pageQuerySchema
  .extend({
    actorId: idSchema.optional().describe("Only events by this user, token or mission id."),
    targetType: z.enum(AUDIT_TARGET_TYPES).optional().describe("Only events on this kind of target."),
    targetId: z.string().trim().min(1).max(80).optional().describe("Only events on this target id."),
    action: z
      .string()
      .trim()
      .max(80)
      .regex(/^[a-zA-Z.]*$/, "Letters and dots only")
      .optional()
      .describe("Only actions starting with this, e.g. `user.` or `device.command`."),
    from: isoDateSchema.optional().describe("First day (UTC), inclusive."),
    to: isoDateSchema.optional().describe("Last day (UTC), inclusive."),
    format: z.enum(["json", "csv"]).default("json").describe("`csv` returns a CSV download of the matches."),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { path: ["to"], message: "Must be on or after from" });
export type AuditQuery = z.infer<typeof auditQuerySchema>;
