import { z } from "zod";
import { actorRefSchema, idSchema, jsonObjectSchema, timestampSchema } from "./common";

export const AUDIT_TARGET_TYPES = [
  "pass",
  "building",
  "unit",
  "user",
  "reservation",
  "ticket",
  "device",
  "door_code",
  "command",
  "mission",
  "knowledge_document",
  "api_token",
  "alarm",
  "announcement",
  "amenity",
  "amenity_booking",
  "package",
  "door_group",
  "handover",
  "turnover",
] as const;
export type AuditTargetType = (typeof AUDIT_TARGET_TYPES)[number];
export const AUDIT_RESULTS = ["success", "failure", "denied"] as const;

/** Append-only record of every device command, permission-bearing change and config change. */
export const auditEventSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  actor: actorRefSchema.extend({ role: z.string().optional() }),
  /** dotted verb, e.g. `device.command`, `building.config.update`, `user.invite` */
  action: z.string().min(1).max(80),
  target: z.object({ type: z.enum(AUDIT_TARGET_TYPES), id: z.string().min(1).max(80) }),
  result: z.enum(AUDIT_RESULTS),
  /** small, secret-free details (changed fields, command status) */
  details: jsonObjectSchema.nullable(),
  at: timestampSchema,
});
export type AuditEvent = z.infer<typeof auditEventSchema>;
export type AuditEventDTO = AuditEvent;
