import "server-only";
import type { BuildingConfig } from "@/lib/domain/building-config";
import { newId } from "@/lib/domain/ids";
import type { MissionStep, MissionStepKind } from "@/lib/domain/mission";
import { parseRequestTime } from "@/lib/domain/request-time";
import type { TicketCategory, TicketPriority } from "@/lib/domain/ticket";

/** What the persona agent's tools ask the director for, already checked against the requester's rights. */
export type MissionRequest =
  | {
      kind: "maintenance";
      title: string;
      description: string;
      category: TicketCategory;
      priority: TicketPriority;
      unitId: string | null;
      /** a leak's rule: close this valve after opening the ticket (issue 16) */
      shutOff?: { deviceId: string; deviceName: string; requireApproval: boolean };
    }
  | {
      kind: "door_access";
      unitId: string;
      deviceId: string;
      /** read from the unit and the lock records by the tool, never from the model */
      unitNumber: string;
      doorName: string;
      visitor: string;
      at: string | null;
    }
  | { kind: "hand_over"; reason: string; urgent: boolean };

const step = (
  kind: MissionStepKind,
  title: string,
  input: Record<string, unknown>,
  requiresApproval: boolean,
): MissionStep => ({
  id: newId(),
  kind,
  title,
  input,
  status: "pending",
  requiresApproval,
  result: null,
  error: null,
  approverId: null,
  decidedAt: null,
  startedAt: null,
  endedAt: null,
  runAt: null,
});

/**
 * Text the model wrote (a visitor's name, a time) as it is shown to an approver: data, never wording. Control
 * and format characters (bidi overrides included) and line breaks go, double quotes become single ones so the
 * text cannot close its quotes, and it is cut to `max` characters.
 */
export function asQuotedData(text: string, max = 60): string {
  const clean = text
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, " ")
    .replace(/["\u201C\u201D\u00AB\u00BB]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].length > max ? `${[...clean].slice(0, max - 1).join("")}…` : clean;
}

/** What the approver of a door unlock is shown: which door, which unit, when; the visitor only as quoted data. */
export type DoorApprovalFacts = { door: string; unit: string; visitor: string; at: string | null };
export function doorApprovalFacts(req: Extract<MissionRequest, { kind: "door_access" }>): DoorApprovalFacts {
  return {
    door: asQuotedData(req.doorName, 80),
    unit: asQuotedData(req.unitNumber, 40),
    visitor: asQuotedData(req.visitor),
    at: req.at ? asQuotedData(req.at, 40) : null,
  };
}

/**
 * The step's title, from a fixed template (the portal renders the translated one from the same facts): the
 * model's words appear only inside quotes, after the facts, so they cannot pose as the instruction itself.
 */
function doorUnlockTitle(f: DoorApprovalFacts): string {
  const when = f.at ? `requested time "${f.at}"` : "as soon as approved";
  return `Unlock ${f.door} of unit ${f.unit}, ${when}, for the visitor named "${f.visitor}"`.slice(0, 300);
}

/** What a plan needs from the building: which steps wait for staff, and its zone to read a requested time in. */
export type PlanContext = { approvals: BuildingConfig["approvals"]; timeZone: string; now?: Date };

/** The step that opens a ticket; its title comes from a fixed template. */
export function ticketStep(
  t: {
    title: string;
    description: string;
    category: TicketCategory;
    priority: TicketPriority;
    unitId: string | null;
  },
  ctx: PlanContext,
): MissionStep {
  return step(
    "open_ticket",
    `Open a ${t.priority} ${t.category} ticket: ${t.title}`.slice(0, 300),
    { ...t },
    ctx.approvals.ticketCreation,
  );
}

/**
 * The door unlock of a door-access request. A requested time ("at 3", "tomorrow morning") read in the building's
 * zone becomes the step's `runAt`: the director schedules the step instead of running it at once.
 */
export function unlockStep(
  req: Extract<MissionRequest, { kind: "door_access" }>,
  ctx: PlanContext,
): MissionStep {
  const approval = doorApprovalFacts(req);
  const runAt = req.at ? requestedInstant(req.at, ctx) : null;
  return {
    ...step(
      "device_command",
      doorUnlockTitle(approval),
      {
        deviceId: req.deviceId,
        unitId: req.unitId,
        action: "unlock",
        params: { visitor: req.visitor, at: req.at },
        approval,
      },
      ctx.approvals.deviceCommands || ctx.approvals.unlocks,
    ),
    runAt,
  };
}

/**
 * Closing a shut-off valve for a leak: after the ticket (so the ticket is open even while the valve waits for a
 * decision), gated only where the building's `alarms.shutOff.requireApproval` says so.
 */
export function valveStep(
  v: { deviceId: string; deviceName: string; requireApproval: boolean },
  unitId: string | null,
): MissionStep {
  return step(
    "device_command",
    `Close the shut-off valve "${asQuotedData(v.deviceName, 80)}"`,
    { deviceId: v.deviceId, unitId, action: "close", params: {} },
    v.requireApproval,
  );
}

export function notifyStep(title: string, input: Record<string, unknown>, ctx: PlanContext): MissionStep {
  return step("notify", title, { audience: "staff", ...input }, ctx.approvals.notifications);
}

/** The requested time as an instant, or null when it names none (then the step runs as soon as it may). */
export function requestedInstant(at: string, ctx: PlanContext): string | null {
  const opts = { timeZone: ctx.timeZone, now: ctx.now };
  return (parseRequestTime(at, opts) ?? parseRequestTime(`at ${at}`, opts))?.at ?? null;
}

/** The rules planner (offline, and the fallback when a model's plan fails validation): fixed steps per request. */
export function planSteps(req: MissionRequest, ctx: PlanContext): MissionStep[] {
  if (req.kind === "maintenance") {
    const { shutOff, kind: _k, ...ticket } = req;
    return [
      ticketStep(ticket, ctx),
      ...(shutOff ? [valveStep(shutOff, req.unitId)] : []),
      notifyStep("Tell staff about the new ticket", {}, ctx),
    ];
  }
  if (req.kind === "door_access") {
    return [unlockStep(req, ctx), notifyStep("Tell staff about the door access", {}, ctx)];
  }
  return [
    {
      ...notifyStep(
        `Hand the conversation to staff${req.urgent ? " (urgent)" : ""}`,
        { reason: req.reason, urgent: req.urgent, handover: true },
        ctx,
      ),
      requiresApproval: false,
    },
  ];
}

export function goalOf(req: MissionRequest): string {
  if (req.kind === "maintenance") return req.title;
  if (req.kind === "door_access") {
    const f = doorApprovalFacts(req);
    return `Door access to unit ${f.unit} for the visitor named "${f.visitor}"`;
  }
  return `Hand over to staff: ${req.reason}`.slice(0, 2000);
}
