import "server-only";
import type { AccessLog, AccessResult } from "@/lib/domain/access-log";
import { addDays } from "@/lib/domain/stay-dates";
import { decodeCursor, encodeCursor } from "./cursor";
import { dayOf, partitions } from "./keys";
import { DEFAULT_LIMIT, type Page, type PageRequest, queryPage } from "./query";

type B = { buildingId: string };
type Range = { from?: string; to?: string; result?: AccessResult };

/** Sort keys are `ts#eventId`: a ts range is a BETWEEN on the key, `\uffff` closing the upper bound. */
function tsRange(r: Range) {
  if (!r.from && !r.to) return undefined;
  return { between: [r.from ?? "0000", `${r.to ?? "9999"}#\uffff`] as [string, string] };
}
const resultFilter = (result?: AccessResult) =>
  result
    ? { expression: "#result = :result", names: { "#result": "result" }, values: { ":result": result } }
    : undefined;

/** A device's door events, newest first (gsi1). */
export async function listAccessLogsByDevice({
  buildingId,
  deviceId,
  from,
  to,
  result,
  ...page
}: B & { deviceId: string } & Range & PageRequest): Promise<Page<AccessLog>> {
  return queryPage<AccessLog>({
    index: "gsi1",
    pk: partitions.accessByDevice(buildingId, deviceId),
    sk: tsRange({ from, to }),
    filter: resultFilter(result),
    ascending: false,
    ...page,
  });
}

/** A unit's door events (or the common areas' with `unitId: null`), newest first (gsi2). */
export async function listAccessLogsByUnit({
  buildingId,
  unitId,
  from,
  to,
  result,
  ...page
}: B & { unitId: string | null } & Range & PageRequest): Promise<Page<AccessLog>> {
  return queryPage<AccessLog>({
    index: "gsi2",
    pk: partitions.accessByUnit(buildingId, unitId),
    sk: tsRange({ from, to }),
    filter: resultFilter(result),
    ascending: false,
    ...page,
  });
}

/**
 * The whole building's door events in [from, to], newest first. The building-wide index is sharded by day
 * (gsi3 `BLD#b#ACCESS#YYYY-MM-DD`) so one busy building never makes one hot partition; a page walks the days
 * backwards from `to`, and the cursor remembers the day and the position inside it.
 */
export async function listAccessLogsByDayRange({
  buildingId,
  from,
  to,
  result,
  limit = DEFAULT_LIMIT,
  cursor,
}: B & { from: string; to: string; result?: AccessResult } & PageRequest): Promise<Page<AccessLog>> {
  const state = decodeCursor(cursor) as { day: string; inner: string | null } | undefined;
  const firstDay = dayOf(from);
  let day = state?.day ?? dayOf(to);
  let inner = state?.inner ?? null;
  const items: AccessLog[] = [];
  // bounded: at most one Query per day of the range (and the range is capped by the caller)
  while (day >= firstDay && items.length < limit) {
    const p = await queryPage<AccessLog>({
      index: "gsi3",
      pk: partitions.accessByDay(buildingId, day),
      sk: tsRange({ from, to }),
      filter: resultFilter(result),
      ascending: false,
      limit: limit - items.length,
      cursor: inner,
    });
    items.push(...p.items);
    if (p.cursor) {
      inner = p.cursor;
    } else {
      day = addDays(day, -1);
      inner = null;
    }
  }
  const more = day >= firstDay;
  return { items, cursor: more ? encodeCursor({ day, inner }) : null };
}
