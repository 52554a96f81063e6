import "server-only";
import type { AuditEventDTO } from "@/lib/domain/audit-event";
import type { AuditQuery } from "@/lib/domain/audit-query";
import type { PageDTO } from "@/lib/domain/common";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findAuditEvents } from "../../db/audit-queries";

/** The audit log of the actor's own building (managers), newest first, filtered and paged by cursor. */
export async function listAuditEvents(
  actor: Actor,
  q: Omit<Partial<AuditQuery>, "format">,
): Promise<PageDTO<AuditEventDTO>> {
  authorize(actor, "audit.read");
  return findAuditEvents({ ...q, buildingId: actor.buildingId });
}
