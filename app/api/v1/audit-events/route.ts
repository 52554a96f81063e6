import { auditOperations } from "@/server/http/openapi/resources/audit";
import { apiRoute, json } from "@/server/http/route";
import { exportAuditEventsCsv } from "@/server/services/audit/export-audit-events";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";

/** JSON pages by cursor, or with `format=csv` the filtered log as a download (capped, see the service). */
export const GET = apiRoute(auditOperations.listAuditEvents, async ({ actor, query }) => {
  const { format, limit, cursor, ...filter } = query;
  if (format === "json") return json(await listAuditEvents(actor, { ...filter, limit, cursor }));
  const { csv, truncated } = await exportAuditEventsCsv(actor, filter);
  return new Response(`\uFEFF${csv}`, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="audit-${new Date().toISOString().slice(0, 10)}.csv"`,
      "x-truncated": String(truncated),
      "cache-control": "no-store",
    },
  });
});
