import { z } from "zod";
import { idSchema, timestampSchema } from "./common";

/**
 * A door code delete still owed on some locks (a cancelled booking's code, a revoked or closed pass window's):
 * the sweeper asks those locks again, with a growing pause, until each acknowledges or the code's own end has
 * passed on a lock that enforces it. Stays have their own record (the reservation's revocation).
 */
export const codeRemovalSchema = z.object({
  buildingId: idSchema,
  codeId: z.string(),
  source: z.enum(["amenity_booking", "pass"]),
  sourceId: idSchema,
  /** the locks that have not acknowledged the delete yet */
  deviceIds: z.array(idSchema),
  /** the code's own end (a lock that enforces validity stops taking it then) */
  until: timestampSchema,
  attempts: z.number().int().min(1),
  lastAttemptAt: timestampSchema,
  /** when the sweeper asks again */
  dueAt: timestampSchema,
  createdAt: timestampSchema,
});
export type CodeRemoval = z.infer<typeof codeRemovalSchema>;

/** What the booker, the issuer and staff see: the delete is still owed on these locks. */
export const codeRemovalStatusSchema = codeRemovalSchema.pick({
  codeId: true,
  deviceIds: true,
  attempts: true,
  lastAttemptAt: true,
  dueAt: true,
});
export type CodeRemovalStatus = z.infer<typeof codeRemovalStatusSchema>;

export const toCodeRemovalStatus = (r: CodeRemoval): CodeRemovalStatus => ({
  codeId: r.codeId,
  deviceIds: r.deviceIds,
  attempts: r.attempts,
  lastAttemptAt: r.lastAttemptAt,
  dueAt: r.dueAt,
});
