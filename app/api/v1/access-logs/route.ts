import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { accessLogsCsv } from "@/server/services/access-logs/access-logs-csv";
import { listAccessLogs } from "@/server/services/access-logs/list-access-logs";

/** JSON pages, or CSV with `?format=csv` / `Accept: text/csv` (the page asked for; follow `X-Next-Cursor`). */
export const GET = apiRoute(deviceOperations.listAccessLogs, async ({ actor, query, request }) => {
  const page = await listAccessLogs(actor, query);
  const wantsCsv =
    query.format === "csv" || (!query.format && /text\/csv/.test(request.headers.get("accept") ?? ""));
  if (!wantsCsv) return json(page);
  const headers: Record<string, string> = {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": 'attachment; filename="access-logs.csv"',
  };
  if (page.cursor) headers["x-next-cursor"] = page.cursor;
  return new Response(accessLogsCsv(page.items), { status: 200, headers });
});
