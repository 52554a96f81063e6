import "server-only";
import { auditEventSchema } from "@/lib/domain/audit-event";
import { auditQuerySchema } from "@/lib/domain/audit-query";
import { defineOperations, pageOf } from "../registry";

export const auditOperations = defineOperations({
  listAuditEvents: {
    method: "get",
    path: "/api/v1/audit-events",
    tag: "Audit",
    summary: "The building's audit log, or a CSV of it",
    description:
      "Managers. Newest first, by cursor; filter by actor, target type/id, action prefix and day range. With `format=csv` the matches are returned as a CSV download (at most 5000 rows; the `x-truncated` header says when the file was cut — narrow the dates).",
    capability: "audit.read",
    query: auditQuerySchema,
    responses: {
      200: { description: "A page of events (JSON), or the CSV file", schema: pageOf(auditEventSchema) },
    },
  },
});
