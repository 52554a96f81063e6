import "server-only";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays } from "@/lib/domain/stay-dates";
import type { TicketStatus } from "@/lib/domain/ticket";
import { db } from "./client";
import { keys, partitions } from "./keys";
import { keyCondition, type SortCondition } from "./query";
import type { GsiName } from "./table-definition";

/**
 * The manager dashboard's reads. Each is one key-bounded Query asking only for the attributes a chart needs
 * (ProjectionExpression) and no page limit, so DynamoDB returns up to 1 MB per request: a building's units or
 * devices (hundreds, a few hundred bytes each) and the open tickets come back in one request, however long the
 * building's history of stays, closed tickets and access logs grows. See docs/data-model.md (dashboard).
 */
async function project<T>(input: {
  index?: GsiName;
  pk: string;
  sk?: SortCondition;
  attributes: string[];
  filter?: { expression: string; names?: Record<string, string>; values: Record<string, unknown> };
}): Promise<T[]> {
  const condition = keyCondition(input);
  input.attributes.forEach((a, i) => {
    condition.ExpressionAttributeNames[`#a${i}`] = a;
  });
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new QueryCommand({
        ...condition,
        ProjectionExpression: input.attributes.map((_, i) => `#a${i}`).join(", "),
        ExclusiveStartKey: start,
      }),
    );
    items.push(...((out.Items ?? []) as T[]));
    start = out.LastEvaluatedKey;
  } while (start);
  return items;
}

type B = { buildingId: string };

export type UnitFacts = { rentable: boolean; status: string };
export const listUnitFacts = ({ buildingId }: B) =>
  project<UnitFacts>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.unitPrefix },
    attributes: ["rentable", "status"],
  });

export type TicketFacts = { priority: string; createdAt: string };
/** One status partition of the ticket queue (gsi2): open work only, never the closed history. */
export const listTicketFacts = ({ buildingId, status }: B & { status: TicketStatus }) =>
  project<TicketFacts>({
    index: "gsi2",
    pk: partitions.ticketsByStatus(buildingId, status),
    attributes: ["priority", "createdAt"],
  });

export type StayFacts = { checkIn: string; checkOut: string; status: string };
/**
 * Stays holding a night in [from, to]: their check-out lies after `from` and at most `maxNights` after `to`
 * (gsi3, departures), so the read is bounded by the window and the building's longest stay, not by history.
 */
export const listStaysInWindow = ({
  buildingId,
  from,
  to,
  maxNights,
}: B & { from: string; to: string; maxNights: number }) =>
  project<StayFacts>({
    index: "gsi3",
    pk: partitions.departures(buildingId),
    sk: { between: [addDays(from, 1), `${addDays(to, maxNights)}~`] },
    attributes: ["checkIn", "checkOut", "status"],
    filter: { expression: "checkIn <= :to", values: { ":to": to } },
  });

export type StayState = Pick<Reservation, "id" | "unitId" | "status" | "checkIn" | "checkOut">;
/**
 * The stays that may be in the building or late on `today`: arrived within the longest stay allowed (gsi2), still
 * confirmed or checked in. Five short attributes each (about 100 bytes), so one request carries the whole window;
 * the homes fetch full records only for the rows they show.
 */
export const listStayStates = ({ buildingId, today, maxNights }: B & { today: string; maxNights: number }) =>
  project<StayState>({
    index: "gsi2",
    pk: partitions.arrivals(buildingId),
    sk: { between: [addDays(today, -maxNights), `${today}~`] },
    attributes: ["id", "unitId", "status", "checkIn", "checkOut"],
    filter: {
      expression: "#st IN (:confirmed, :in)",
      names: { "#st": "status" },
      values: { ":confirmed": "confirmed", ":in": "checked_in" },
    },
  });

export type HandoverTimes = { openedAt: string; firstReplyAt?: string | null };
/**
 * Hand-overs closed whose opening lies at or after `since` (gsi2 closed inbox, sorted by opening): the two times the
 * response-time median needs, bounded by the window (issue 19), not by the building's history.
 */
export const listClosedHandoverTimes = ({ buildingId, since }: B & { since: string }) =>
  project<HandoverTimes>({
    index: "gsi2",
    pk: partitions.handoversByStatus(buildingId, "closed"),
    sk: { gte: since },
    attributes: ["openedAt", "firstReplyAt"],
  });
