import "server-only";
import type { BuildingConfig } from "@/lib/domain/building-config";
import { newId } from "@/lib/domain/ids";
import type { MissionStep, MissionStepKind } from "@/lib/domain/mission";
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

/** The ordered steps for a request; `config.approvals` decides which wait for staff. */
export function planSteps(req: MissionRequest, approvals: BuildingConfig["approvals"]): MissionStep[] {
  if (req.kind === "maintenance") {
    return [
      step(
        "open_ticket",
        `Open a ${req.priority} ${req.category} ticket: ${req.title}`.slice(0, 300),
        {
          title: req.title,
          description: req.description,
          category: req.category,
          priority: req.priority,
          unitId: req.unitId,
        },
        approvals.ticketCreation,
      ),
      step("notify", "Tell staff about the new ticket", { audience: "staff" }, approvals.notifications),
    ];
  }
  if (req.kind === "door_access") {
    const approval = doorApprovalFacts(req);
    return [
      step(
        "device_command",
        doorUnlockTitle(approval),
        {
          deviceId: req.deviceId,
          unitId: req.unitId,
          action: "unlock",
          params: { visitor: req.visitor, at: req.at },
          approval,
        },
        approvals.deviceCommands || approvals.unlocks,
      ),
      step("notify", "Tell staff about the door access", { audience: "staff" }, approvals.notifications),
    ];
  }
  return [
    step(
      "notify",
      `Hand the conversation to staff${req.urgent ? " (urgent)" : ""}`,
      { audience: "staff", reason: req.reason, urgent: req.urgent },
      false,
    ),
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
