import "server-only";
import type { AuditEvent, AuditTargetType } from "@/lib/domain/audit-event";
import { newId } from "@/lib/domain/ids";
import type { Actor } from "@/lib/roles";
import { appendAuditEvent } from "../../db/audit-events";

/** Records who did what to which target, with the outcome. Details must be small and free of secrets. */
export async function recordAudit(
  actor: Actor,
  action: string,
  target: { type: AuditTargetType; id: string },
  result: AuditEvent["result"],
  details: Record<string, unknown> | null = null,
): Promise<AuditEvent> {
  return appendAuditEvent({
    event: {
      id: newId(),
      buildingId: actor.buildingId,
      actor: { kind: actor.kind, id: actor.id, name: actor.name, role: actor.role },
      action,
      target,
      result,
      details,
      at: new Date().toISOString(),
    },
  });
}
