import "server-only";
import { encodeTime } from "ulid";
import type { AuditEvent, AuditTargetType } from "@/lib/domain/audit-event";
import { partitions } from "./keys";
import { type Page, type PageRequest, type QueryPageInput, queryPage } from "./query";

export type AuditFilter = {
  buildingId: string;
  actorId?: string;
  targetType?: AuditTargetType;
  targetId?: string;
  action?: string;
  /** inclusive UTC days `YYYY-MM-DD` */
  from?: string;
  to?: string;
};

const DAY_MS = 86_400_000;

/** Event ids are ULIDs, so a day range is a sort-key range on the id's 10-character time prefix. */
function idRange(from?: string, to?: string): QueryPageInput["sk"] {
  if (!from && !to) return undefined;
  const lo = from ? encodeTime(Date.parse(`${from}T00:00:00.000Z`), 10) : "0";
  const hi = to ? encodeTime(Date.parse(`${to}T00:00:00.000Z`) + DAY_MS - 1, 10) : "Z";
  return { between: [lo, `${hi}~`] };
}

/**
 * One page of a building's audit events, newest first. The partition is chosen by the most selective filter
 * given: the actor's (gsi1), else the target type's (gsi2), else the building's log; the day range is a key
 * condition, the rest are filters (a page may hold fewer than `limit` and still have a cursor).
 */
export async function findAuditEvents(f: AuditFilter & PageRequest): Promise<Page<AuditEvent>> {
  const b = f.buildingId;
  const where: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  let source: Pick<QueryPageInput, "index" | "pk">;
  if (f.actorId) {
    source = { index: "gsi1", pk: partitions.auditByActor(b, f.actorId) };
    if (f.targetType) {
      where.push("#tg.#tt = :tt");
      Object.assign(names, { "#tg": "target", "#tt": "type" });
      values[":tt"] = f.targetType;
    }
  } else if (f.targetType) {
    source = { index: "gsi2", pk: partitions.auditByTarget(b, f.targetType) };
  } else {
    source = { pk: partitions.audit(b) };
  }
  if (f.targetId) {
    where.push("#tg.#tid = :tid");
    Object.assign(names, { "#tg": "target", "#tid": "id" });
    values[":tid"] = f.targetId;
  }
  if (f.action) {
    where.push("begins_with(#act, :act)");
    names["#act"] = "action";
    values[":act"] = f.action;
  }
  return queryPage<AuditEvent>({
    ...source,
    sk: idRange(f.from, f.to),
    ascending: false,
    filter: where.length ? { expression: where.join(" AND "), names, values } : undefined,
    limit: f.limit,
    cursor: f.cursor,
  });
}
