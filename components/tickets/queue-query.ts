import { type ListTicketsQuery, listTicketsQuerySchema } from "@/lib/domain/ticket-dto";

/** The queue's filters as they travel in the page's URL and to GET /api/v1/tickets (no cursor, no limit). */
export type QueueFilters = Omit<ListTicketsQuery, "cursor" | "limit">;

export const QUEUE_PAGE_SIZE = 25;
export const QUEUE_AGES = [24, 72, 168] as const;

/** `?limit=` (1–200) when the URL gives one, else the queue's page size. */
export function queuePageSize(params: Record<string, string | string[] | undefined>): number {
  const raw = Number(Array.isArray(params.limit) ? params.limit[0] : params.limit);
  return Number.isInteger(raw) && raw >= 1 && raw <= 200 ? raw : QUEUE_PAGE_SIZE;
}

/** Reads the filters from search params; anything malformed is dropped rather than failing the page. */
export function parseQueueFilters(params: Record<string, string | string[] | undefined>): QueueFilters {
  const flat: Record<string, string> = {};
  for (const [k, v] of Object.entries(params)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (value && k !== "cursor" && k !== "limit") flat[k] = value;
  }
  const parsed = listTicketsQuerySchema.safeParse(flat);
  if (parsed.success) return withoutPage(parsed.data);
  // keep the valid ones: drop each field the schema refused
  const bad = new Set(parsed.error.issues.map((i) => String(i.path[0])));
  const retry = listTicketsQuerySchema.safeParse(
    Object.fromEntries(Object.entries(flat).filter(([k]) => !bad.has(k))),
  );
  return retry.success ? withoutPage(retry.data) : { sort: "newest" };
}

function withoutPage({ cursor: _c, limit: _l, ...filters }: ListTicketsQuery): QueueFilters {
  return filters;
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
