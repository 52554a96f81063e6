import "server-only";
import Papa from "papaparse";
import type { AuditEvent } from "@/lib/domain/audit-event";
import type { AuditQuery } from "@/lib/domain/audit-query";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findAuditEvents } from "../../db/audit-queries";
import { MAX_LIMIT } from "../../db/query";

/** A download is capped so one request stays bounded; narrow the dates for more (the file says when it is cut). */
export const AUDIT_EXPORT_MAX_ROWS = 5000;

const row = (e: AuditEvent) => ({
  at: e.at,
  actor_kind: e.actor.kind,
  actor_id: e.actor.id,
  actor_name: e.actor.name ?? "",
  actor_role: e.actor.role ?? "",
  action: e.action,
  target_type: e.target.type,
  target_id: e.target.id,
  result: e.result,
  details: e.details ? JSON.stringify(e.details) : "",
});

/**
 * The filtered audit log as CSV (managers, own building). Cells that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`) are quoted and prefixed, since details hold text people typed.
 */
export async function exportAuditEventsCsv(
  actor: Actor,
  q: Omit<Partial<AuditQuery>, "format" | "limit" | "cursor">,
): Promise<{ csv: string; rows: number; truncated: boolean }> {
  authorize(actor, "audit.read");
  const events: AuditEvent[] = [];
  let cursor: string | null = null;
  do {
    const page = await findAuditEvents({ ...q, buildingId: actor.buildingId, limit: MAX_LIMIT, cursor });
    events.push(...page.items);
    cursor = page.cursor;
  } while (cursor && events.length < AUDIT_EXPORT_MAX_ROWS);
  const rows = events.slice(0, AUDIT_EXPORT_MAX_ROWS).map(row);
  const csv = Papa.unparse(rows, {
    columns: Object.keys(row(SAMPLE)),
    escapeFormulae: true,
    newline: "\r\n",
  });
  return { csv, rows: rows.length, truncated: Boolean(cursor) || events.length > AUDIT_EXPORT_MAX_ROWS };
}

const SAMPLE: AuditEvent = {
  id: "x",
  buildingId: "x",
  actor: { kind: "user", id: "x" },
  action: "x",
  target: { type: "user", id: "x" },
  result: "success",
  details: null,
  at: "x",
};
