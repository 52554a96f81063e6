import "server-only";
import Papa from "papaparse";
import type { AccessLogDTO } from "@/lib/domain/access-log";

const COLUMNS = [
  "ts",
  "deviceId",
  "unitId",
  "method",
  "result",
  "codeId",
  "reservationId",
  "userId",
  "eventId",
  "id",
] as const;

/** Access logs as CSV (RFC 4180 quoting by papaparse; cells that a spreadsheet would run as a formula are escaped). */
export function accessLogsCsv(items: AccessLogDTO[]): string {
  const rows = items.map((l) => COLUMNS.map((c) => l[c] ?? ""));
  return Papa.unparse({ fields: [...COLUMNS], data: rows }, { escapeFormulae: true });
}
