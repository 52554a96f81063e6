import { type ListTicketsQuery, listTicketsQuerySchema } from "@/lib/domain/ticket-dto";
import type { QueueFilters } from "./queue-search";

// the filters as query strings live in queue-search.ts, without zod (client components import them from there)
export * from "./queue-search";

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
