import type { ListTicketsQuery } from "@/lib/domain/ticket-dto";

/**
 * The ticket queue's filters as query strings, without zod: the queue (a client component) builds its links
 * and API calls from these; parsing the URL's filters (queue-query.ts) needs the schema and stays on the
 * server.
 */

/** The queue's filters as they travel in the page's URL and to GET /api/v1/tickets (no cursor, no limit). */
export type QueueFilters = Omit<ListTicketsQuery, "cursor" | "limit">;

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_AGES = [24, 72, 168] as const;

/** `?limit=` (1–200) when the URL gives one, else the queue's page size. */
export function queuePageSize(params: Record<string, string | string[] | undefined>): number {
  const raw = Number(Array.isArray(params.limit) ? params.limit[0] : params.limit);
  return Number.isInteger(raw) && raw >= 1 && raw <= 200 ? raw : QUEUE_PAGE_SIZE;
}

/** The filters as a query string (defaults left out), for links and the API. */
export function queueSearch(filters: QueueFilters, extra: Record<string, string> = {}): string {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(filters)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "sort" && v === "newest") continue;
    out.set(k, String(v));
  }
  for (const [k, v] of Object.entries(extra)) out.set(k, v);
  return out.toString();
}

/** How many filters narrow the queue (the sort order is not one). */
export const activeFilterCount = (f: QueueFilters) =>
  Object.entries(f).filter(([k, v]) => k !== "sort" && v !== undefined && v !== false).length;
