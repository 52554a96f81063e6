import "server-only";
import type { Turnover } from "@/lib/domain/turnover";
import { findOne, getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { putIfAbsent, transactWrite, tx } from "./write";

type B = { buildingId: string };
type T = B & { turnoverId: string };
/** The lookup item of an outside cleaner's link token hash. */
export type TurnoverLinkLookup = { buildingId: string; turnoverId: string; expiresAt: string };

/** Every key of a turnover: the table key and the building's turnovers by departure date (gsi1). */
export const turnoverKeys = (t: Pick<Turnover, "buildingId" | "id" | "date">): EntityKeys => ({
  ...keys.turnover(t.buildingId, t.id),
  ...keys.turnoverByDate(t.buildingId, t.date, t.id),
});

/** Creates the stay's turnover unless it has one (the id is the stay's): true when this call made it. */
export function createTurnoverIfAbsent({ turnover }: { turnover: Turnover }): Promise<boolean> {
  return putIfAbsent(toItem(turnover, turnoverKeys(turnover)));
}

export function findTurnover({ buildingId, turnoverId }: T): Promise<Turnover | null> {
  return findOne<Turnover>(keys.turnover(buildingId, turnoverId));
}

/** The building's turnovers on a departure date (a day's departures: one page of up to 200). */
export function listTurnoversOn({ buildingId, date, ...page }: B & { date: string } & PageRequest) {
  return queryPage<Turnover>({
    index: "gsi1",
    pk: partitions.turnoversByDate(buildingId),
    sk: { beginsWith: `${date}#` },
    limit: 200,
    ...page,
  });
}

/** The building's turnovers dated `from`–`to` inclusive (the stale-code sweep's window), a page at a time. */
export function listTurnoversBetween({
  buildingId,
  from,
  to,
  ...page
}: B & { from: string; to: string } & PageRequest) {
  return queryPage<Turnover>({
    index: "gsi1",
    pk: partitions.turnoversByDate(buildingId),
    sk: { between: [`${from}#`, `${to}#\uffff`] },
    ...page,
  });
}

export type TurnoverPatch = Partial<
  Pick<
    Turnover,
    "date" | "validFrom" | "validUntil" | "status" | "assignee" | "checklist" | "access" | "readyAt"
  >
>;

/**
 * Updates a turnover conditioned on `updatedAt` as read (`expected`), so two edits of the checklist at once (a
 * cleaner and staff) cannot erase each other: the second is a 409 and re-reads. Keys follow the date.
 */
export function updateTurnover({
  current,
  patch,
}: {
  current: Turnover;
  patch: TurnoverPatch;
}): Promise<Turnover> {
  return updateRecord<Turnover>({
    key: keys.turnover(current.buildingId, current.id),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "Turnover",
    condition: {
      expression: "#ua = :ua",
      names: { "#ua": "updatedAt" },
      values: { ":ua": current.updatedAt },
    },
    conflictMessage: "The turnover was changed meanwhile; reload and try again.",
    keysOf: turnoverKeys,
    current,
  });
}

/** Gives the turnover a new outside-cleaner link: new lookup in, old one out, the turnover updated, at once. */
export async function replaceTurnoverLink({
  current,
  link,
  assignee,
}: {
  current: Turnover;
  link: NonNullable<Turnover["link"]>;
  assignee: Turnover["assignee"];
}): Promise<Turnover> {
  const at = new Date().toISOString();
  const lookup: TurnoverLinkLookup = {
    buildingId: current.buildingId,
    turnoverId: current.id,
    expiresAt: link.expiresAt,
  };
  const items = [
    tx.put(toItem(lookup, keys.turnoverLink(link.tokenHash)), "attribute_not_exists(pk)"),
    tx.update(
      keys.turnover(current.buildingId, current.id),
      {
        UpdateExpression: "SET #l = :l, #a = :a, #ua = :now",
        ExpressionAttributeNames: { "#l": "link", "#a": "assignee", "#ua": "updatedAt" },
        ExpressionAttributeValues: { ":l": link, ":a": assignee, ":now": at },
      },
      "attribute_exists(pk) AND #ua = :ua",
      { ExpressionAttributeValues: { ":ua": current.updatedAt } },
    ),
  ];
  if (current.link) items.push(tx.delete(keys.turnoverLink(current.link.tokenHash)));
  await transactWrite(items);
  return { ...current, link, assignee, updatedAt: at };
}

/** The turnover of a cleaner's link, or null (unknown, replaced or expired: the page answers the same). */
export async function findTurnoverByLinkHash({
  tokenHash,
  now = new Date(),
}: {
  tokenHash: string;
  now?: Date;
}) {
  const lookup = await getRecord<TurnoverLinkLookup>(keys.turnoverLink(tokenHash));
  if (!lookup || Date.parse(lookup.expiresAt) <= now.getTime()) return null;
  const t = await findTurnover({ buildingId: lookup.buildingId, turnoverId: lookup.turnoverId });
  return t && t.link?.tokenHash === tokenHash ? t : null;
}
