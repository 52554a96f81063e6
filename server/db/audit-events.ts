import "server-only";
import type { AuditEvent, AuditTargetType } from "@/lib/domain/audit-event";
import { toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { putIfAbsent } from "./write";

type B = { buildingId: string };

/**
 * Append-only: events live in their own partition per building (`BLD#b#AUDIT`, sort key = ULID), so listing
 * them newest first never reads other data, and the conditional put means an event is never overwritten.
 */
export async function appendAuditEvent({ event }: { event: AuditEvent }): Promise<AuditEvent> {
  const e = event;
  await putIfAbsent(
    toItem(
      e,
      keys.audit(e.buildingId, e.id),
      keys.auditByActor(e.buildingId, e.actor.id, e.id),
      keys.auditByTarget(e.buildingId, e.target.type, e.id),
    ),
  );
  return e;
}

export async function listAuditEvents({ buildingId, ...page }: B & PageRequest): Promise<Page<AuditEvent>> {
  return queryPage<AuditEvent>({ pk: partitions.audit(buildingId), ascending: false, ...page });
}

/** Everything one person (or token, or mission) did, newest first (gsi1). */
export async function listAuditEventsByActor({
  buildingId,
  actorId,
  ...page
}: B & { actorId: string } & PageRequest) {
  return queryPage<AuditEvent>({
    index: "gsi1",
    pk: partitions.auditByActor(buildingId, actorId),
    ascending: false,
    ...page,
  });
}

/** Events on one kind of target (e.g. every device command), newest first (gsi2); `targetId` narrows by filter. */
export async function listAuditEventsByTarget({
  buildingId,
  targetType,
  targetId,
  ...page
}: B & { targetType: AuditTargetType; targetId?: string } & PageRequest) {
  return queryPage<AuditEvent>({
    index: "gsi2",
    pk: partitions.auditByTarget(buildingId, targetType),
    ascending: false,
    filter: targetId
      ? {
          expression: "#target.#tid = :tid",
          names: { "#target": "target", "#tid": "id" },
          values: { ":tid": targetId },
        }
      : undefined,
    ...page,
  });
}
