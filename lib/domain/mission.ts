import { z } from "zod";
import { actorRefSchema, idSchema, jsonObjectSchema, timestampSchema } from "./common";

export const MISSION_STATUSES = [
  "planned",
  "awaiting_approval",
  /** a step waits for its time (`runAt`); the scheduled-missions sweeper runs it then */
  "scheduled",
  "running",
  "done",
  "failed",
  "cancelled",
] as const;
export type MissionStatus = (typeof MISSION_STATUSES)[number];

export const MISSION_STEP_KINDS = ["open_ticket", "device_command", "notify", "lookup", "answer"] as const;
export type MissionStepKind = (typeof MISSION_STEP_KINDS)[number];

export const STEP_STATUSES = [
  "pending",
  "awaiting_approval",
  "approved",
  "declined",
  "running",
  "done",
  "failed",
  "skipped",
] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

export const missionStepSchema = z.object({
  id: idSchema,
  kind: z.enum(MISSION_STEP_KINDS),
  /** human description, shown to approvers */
  title: z.string().max(300),
  input: jsonObjectSchema,
  status: z.enum(STEP_STATUSES),
  requiresApproval: z.boolean(),
  /** when the step may run (the requester asked for a time); absent or null: as soon as it can */
  runAt: timestampSchema.nullable().optional(),
  result: z.unknown().nullable(),
  error: z.string().max(1000).nullable(),
  approverId: idSchema.nullable(),
  decidedAt: timestampSchema.nullable(),
  startedAt: timestampSchema.nullable(),
  endedAt: timestampSchema.nullable(),
});
export type MissionStep = z.infer<typeof missionStepSchema>;

/** The director agent's plan for one request: ordered steps, some waiting on staff approval. */
export const missionSchema = z.object({
  id: idSchema,
  buildingId: idSchema,
  goal: z.string().max(2000),
  requestedBy: actorRefSchema,
  conversationId: idSchema.nullable(),
  status: z.enum(MISSION_STATUSES),
  steps: z.array(missionStepSchema).max(20),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type Mission = z.infer<typeof missionSchema>;
export type MissionDTO = Mission;

export const decideStepInputSchema = z.object({ note: z.string().trim().max(500).optional() });
export type DecideStepInput = z.infer<typeof decideStepInputSchema>;

/** `GET /api/v1/missions` query. */
export const listMissionsQuerySchema = z.object({
  status: z
    .enum(MISSION_STATUSES)
    .optional()
    .describe("Staff and managers: one status (e.g. `awaiting_approval`)."),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z.string().max(2000).optional(),
});
export const missionIdParamsSchema = z.object({ id: idSchema });
export const missionStepParamsSchema = z.object({ id: idSchema, stepId: idSchema });
