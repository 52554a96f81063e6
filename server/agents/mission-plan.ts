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
  | { kind: "door_access"; unitId: string; deviceId: string; visitor: string; at: string | null }
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
    const when = req.at ? ` at ${req.at}` : "";
    return [
      step(
        "device_command",
        `Unlock the door for ${req.visitor}${when}`.slice(0, 300),
        {
          deviceId: req.deviceId,
          unitId: req.unitId,
          action: "unlock",
          params: { visitor: req.visitor, at: req.at },
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
  if (req.kind === "door_access") return `Door access for ${req.visitor}${req.at ? ` at ${req.at}` : ""}`;
  return `Hand over to staff: ${req.reason}`.slice(0, 2000);
}
