import "server-only";
import type { LanguageModelV3 } from "@ai-sdk/provider";
import { newId } from "@/lib/domain/ids";
import type { Mission, MissionStatus, MissionStep } from "@/lib/domain/mission";
import { AppError, conflict } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { chatModel } from "../ai/provider";
import { getBuilding } from "../db/buildings";
import { createMission, getMission, saveMission } from "../db/missions";
import { publishLiveUpdate } from "../live/live-updates";
import { logger } from "../logger";
import { recordAudit } from "../services/audit/audit";
import { requireFeature } from "../services/building/require-feature";
import { goalOf, type MissionRequest, type PlanContext, planSteps } from "./mission-plan";
import { executeStep, StepFailure } from "./mission-steps";
import { PlanInvalid, planWithModel } from "./model-plan";
import { requesterId } from "./requester";

export { requesterId };

/**
 * The director: turns a request that needs action into a Mission of ordered steps and runs them. With a model
 * configured the model plans (model-plan.ts), else, or when its plan does not validate, the rules do. A step the
 * building marks as needing approval stops the run until staff decide; a step with a time (`runAt`) stops it
 * until then (the scheduled-missions sweeper goes on); a failed step fails the mission and skips the rest. Each transition is saved, so the requester watches the steps change as they run.
 * The request arrives already checked against the requester's rights (the tools do that); each step's service
 * checks them again for whoever executes it.
 */
export async function startMission(
  actor: Actor,
  request: MissionRequest,
  /** `rulesOnly`: a machine's request (the alarm rules) always gets the fixed plan, never the model's */
  opts: { conversationId?: string | null; rulesOnly?: boolean } = {},
): Promise<Mission> {
  await requireFeature(actor.buildingId, "missions");
  const building = await getBuilding({ buildingId: actor.buildingId });
  const ctx = { approvals: building.config.approvals, timeZone: building.timezone };
  const { steps, planner } = opts.rulesOnly
    ? { steps: planSteps(request, ctx), planner: "rules" as const }
    : await planMission(actor, request, ctx);
  const now = new Date().toISOString();
  const mission = await createMission({
    mission: {
      id: newId(),
      buildingId: actor.buildingId,
      goal: goalOf(request),
      requestedBy: {
        kind: actor.kind === "guest" ? "guest" : "user",
        id: requesterId(actor),
        name: actor.name,
      },
      conversationId: opts.conversationId ?? null,
      status: "planned",
      steps,
      createdAt: now,
      updatedAt: now,
    },
  });
  announce(mission);
  await recordAudit(actor, "mission.start", { type: "mission", id: mission.id }, "success", {
    kind: request.kind,
    planner,
  }).catch(() => undefined);
  return runMission(actor, mission);
}

/**
 * The model's plan when a model is configured and its plan validates; the rules' otherwise. A plan asking for a
 * step the requester may not do is refused (audited), not replaced: the request itself asked for too much.
 */
async function planMission(actor: Actor, request: MissionRequest, ctx: PlanContext) {
  const model = directorModel();
  if (model) {
    try {
      return { steps: await planWithModel(actor, request, { ...ctx, model }), planner: "model" as const };
    } catch (e) {
      if (e instanceof AppError) {
        await recordAudit(actor, "mission.plan", { type: "mission", id: "none" }, "denied", {
          kind: request.kind,
          reason: e.message,
        }).catch(() => undefined);
        throw e;
      }
      if (!(e instanceof PlanInvalid)) throw e;
      logger.warn("the model's mission plan did not validate; the rules planned it", { error: e.message });
    }
  }
  return { steps: planSteps(request, ctx), planner: "rules" as const };
}

const modelHolder = globalThis as typeof globalThis & { __buildingosDirectorModel?: LanguageModelV3 | null };

/** The planning model: the configured chat model unless it is the offline one (then null: the rules plan). */
function directorModel(): LanguageModelV3 | null {
  if (modelHolder.__buildingosDirectorModel !== undefined) return modelHolder.__buildingosDirectorModel;
  try {
    const chosen = chatModel();
    return chosen.offline ? null : chosen.model;
  } catch {
    return null;
  }
}

/** Tests (with a model double named as such); `undefined` restores the configured model. */
export function setDirectorModel(model: LanguageModelV3 | null | undefined) {
  modelHolder.__buildingosDirectorModel = model;
}

/** Runs pending and approved steps in order, as `actor`, until one waits for approval, fails, or all are done. */
export async function runMission(actor: Actor, start: Mission, opts: { now?: Date } = {}): Promise<Mission> {
  let mission = start;
  const save = async (status: MissionStatus, steps: MissionStep[]) => {
    mission = await saveMission({
      buildingId: mission.buildingId,
      missionId: mission.id,
      status,
      steps,
      expectedUpdatedAt: mission.updatedAt,
      at: laterThan(mission.updatedAt),
    });
    announce(mission);
  };
  for (let i = 0; i < mission.steps.length; i++) {
    const s = mission.steps[i];
    if (s.status !== "pending" && s.status !== "approved") continue;
    if (s.status === "pending" && s.requiresApproval) {
      await save("awaiting_approval", replace(mission.steps, i, { status: "awaiting_approval" }));
      return mission;
    }
    if (s.runAt && Date.parse(s.runAt) > (opts.now ?? new Date()).getTime()) {
      await save("scheduled", mission.steps);
      return mission;
    }
    await save(
      "running",
      replace(mission.steps, i, { status: "running", startedAt: new Date().toISOString() }),
    );
    try {
      const result = await executeStep(actor, mission, mission.steps[i]);
      await save(
        "running",
        replace(mission.steps, i, {
          status: "done",
          result: result ?? null,
          endedAt: new Date().toISOString(),
        }),
      );
    } catch (e) {
      const error = safeMessage(e);
      logger.warn("mission step failed", {
        missionId: mission.id,
        stepId: s.id,
        kind: s.kind,
        error: String(e),
      });
      const steps = replace(mission.steps, i, { status: "failed", error, endedAt: new Date().toISOString() });
      await save("failed", skipRest(steps, i));
      return mission;
    }
  }
  await save("done", mission.steps);
  return mission;
}

/**
 * Staff approve or decline a step waiting for them. Declining cancels the mission (its later steps are skipped);
 * approving runs the mission on, as the approver. Two people deciding at once: the second gets a 409.
 */
export async function decideStep(
  actor: Actor,
  { missionId, stepId, decision }: { missionId: string; stepId: string; decision: "approve" | "decline" },
): Promise<Mission> {
  authorize(actor, "mission.approve", { buildingId: actor.buildingId });
  // declining stays possible with missions off: it only cancels what waits
  if (decision === "approve") await requireFeature(actor.buildingId, "missions");
  const mission = await getMission({ buildingId: actor.buildingId, missionId });
  const i = mission.steps.findIndex((s) => s.id === stepId);
  if (i < 0) throw new AppError("not_found", "That step was not found.");
  if (mission.steps[i].status !== "awaiting_approval")
    throw conflict("This step is not waiting for a decision.");
  const decided = replace(mission.steps, i, {
    status: decision === "approve" ? "approved" : "declined",
    approverId: actor.id,
    decidedAt: new Date().toISOString(),
  });
  await recordAudit(actor, `mission.step.${decision}`, { type: "mission", id: mission.id }, "success", {
    stepId,
  }).catch(() => undefined);
  const saved = await saveMission({
    buildingId: mission.buildingId,
    missionId,
    status: decision === "approve" ? "running" : "cancelled",
    steps: decision === "approve" ? decided : skipRest(decided, i),
    expectedUpdatedAt: mission.updatedAt,
    at: laterThan(mission.updatedAt),
  });
  announce(saved);
  return decision === "approve" ? runMission(actor, saved) : saved;
}

/** Every saved change of a mission goes to the open pages of its building (the live stream filters by reader). */
export const announce = (mission: Mission) =>
  publishLiveUpdate(mission.buildingId, { type: "mission", mission });

const replace = (steps: MissionStep[], i: number, patch: Partial<MissionStep>) =>
  steps.map((s, j) => (j === i ? { ...s, ...patch } : s));

const skipRest = (steps: MissionStep[], i: number) =>
  steps.map((s, j) =>
    j > i && (s.status === "pending" || s.status === "awaiting_approval")
      ? { ...s, status: "skipped" as const }
      : s,
  );

/** A timestamp strictly after `prev`, so each save's optimistic check sees a new value. */
export function laterThan(prev: string): string {
  const now = Date.now();
  const p = Date.parse(prev);
  return new Date(Math.max(now, p + 1)).toISOString();
}

function safeMessage(e: unknown): string {
  if (e instanceof AppError || e instanceof StepFailure) return e.message.slice(0, 1000);
  return "The step failed because of an internal error.";
}
