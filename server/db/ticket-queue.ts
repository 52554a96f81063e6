import "server-only";
import { encodeTime } from "ulid";
import {
  ACTIVE_TICKET_STATUSES,
  TICKET_DUE_HOURS,
  TICKET_PRIORITIES,
  type Ticket,
  type TicketCategory,
  type TicketPriority,
  type TicketStatus,
} from "@/lib/domain/ticket";
import { keys, partitions } from "./keys";
import { type PageRequest, type QueryPageInput, queryPage } from "./query";

/** Which list a page is read from: each is one partition, so each page is exactly one Query. */
export type TicketSource =
  | { by: "status"; status: TicketStatus }
  | { by: "unit"; unitId: string | null }
  | { by: "opener"; userId: string }
  | { by: "building" };

/** Narrowing applied as a FilterExpression on the page read (undefined: any; null: none, e.g. common area). */
export type TicketFilter = {
  status?: TicketStatus;
  priority?: TicketPriority;
  category?: TicketCategory;
  unitId?: string | null;
  assigneeId?: string | null;
  /** past their due time (by priority) at this instant and still active */
  overdueAt?: Date;
  /** opened before this instant: a sort-key condition, not a filter (ticket ids are ULIDs) */
  openedBefore?: Date;
};

/**
 * One page of tickets: one Query on the source's partition, the filter applied by DynamoDB on what that Query
 * read. A filtered page may therefore hold fewer than `limit` items (even none) and still have a cursor; reading
 * on until the page is full would make the cost depend on how rare the match is, which the queue must not.
 */
export async function listTicketQueue({
  buildingId,
  source,
  filter = {},
  ascending = false,
  ...page
}: { buildingId: string; source: TicketSource; filter?: TicketFilter; ascending?: boolean } & PageRequest) {
  return queryPage<Ticket>({
    ...sourceKey(buildingId, source, filter.openedBefore),
    filter: filterExpression(filter),
    ascending,
    ...page,
  });
}

function sourceKey(
  b: string,
  source: TicketSource,
  before?: Date,
): Pick<QueryPageInput, "index" | "pk" | "sk"> {
  // Ticket ids are ULIDs: every id made before `before` sorts below its time prefix.
  const upTo = before ? encodeTime(before.getTime()) : undefined;
  if (source.by === "building") {
    const prefix = keys.ticketPrefix;
    return {
      pk: keys.building(b).pk,
      sk: upTo ? { between: [prefix, `${prefix}${upTo}`] } : { beginsWith: prefix },
    };
  }
  const sk = upTo ? { lte: upTo } : undefined;
  if (source.by === "status") return { index: "gsi2", pk: partitions.ticketsByStatus(b, source.status), sk };
  if (source.by === "unit") return { index: "gsi3", pk: partitions.ticketsByUnit(b, source.unitId), sk };
  return { index: "gsi1", pk: partitions.ticketsByOpener(b, source.userId), sk };
}

function filterExpression(f: TicketFilter): QueryPageInput["filter"] {
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const eq = (attr: keyof Ticket, value: unknown) => {
    names[`#f_${attr}`] = attr;
    values[`:f_${attr}`] = value;
    parts.push(`#f_${attr} = :f_${attr}`);
  };
  if (f.status) eq("status", f.status);
  if (f.priority) eq("priority", f.priority);
  if (f.category) eq("category", f.category);
  if (f.unitId !== undefined) eq("unitId", f.unitId);
  if (f.assigneeId !== undefined) eq("assigneeId", f.assigneeId);
  const overdueAt = f.overdueAt;
  if (overdueAt) {
    // overdue ⟺ createdAt + dueHours(priority) < now ⟺ createdAt < now − dueHours, one term per priority
    names["#o_st"] = "status";
    names["#o_pr"] = "priority";
    names["#o_at"] = "createdAt";
    const active = ACTIVE_TICKET_STATUSES.map((s, i) => {
      values[`:o_s${i}`] = s;
      return `:o_s${i}`;
    });
    const late = TICKET_PRIORITIES.map((p) => {
      values[`:o_p_${p}`] = p;
      values[`:o_d_${p}`] = new Date(overdueAt.getTime() - TICKET_DUE_HOURS[p] * 3_600_000).toISOString();
      return `(#o_pr = :o_p_${p} AND #o_at < :o_d_${p})`;
    });
    parts.push(`#o_st IN (${active.join(", ")}) AND (${late.join(" OR ")})`);
  }
  return parts.length ? { expression: parts.join(" AND "), names, values } : undefined;
}
