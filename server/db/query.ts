import "server-only";
import { QueryCommand, type QueryCommandInput } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";
import { decodeCursor, encodeCursor } from "./cursor";
import { stripKeys } from "./item";
import type { GsiName } from "./table-definition";

export type Page<T> = { items: T[]; cursor: string | null };
export type PageRequest = { limit?: number; cursor?: string | null };

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;

export type SortCondition =
  | { beginsWith: string }
  | { between: [string, string] }
  | { gte: string }
  | { lte: string }
  | { eq: string };

/**
 * Closes a prefix range: `sk BETWEEN prefix AND prefix + PREFIX_END` selects exactly the keys that begin with
 * `prefix` (sort keys compare as UTF-8 bytes, in DynamoDB and DynamoDB Local alike, and U+10FFFF is the highest
 * code point; no key of this table holds that non-character).
 */
export const PREFIX_END = "\u{10FFFF}";

export type QueryPageInput = PageRequest & {
  index?: GsiName;
  pk: string;
  sk?: SortCondition;
  /** newest first when false (the default for time-ordered lists is decided by the caller) */
  ascending?: boolean;
  filter?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
};

/**
 * The one key-condition builder: `#pk = :pk` plus the sort-key operator, on the table's or an index's key
 * attributes (pk/sk or gsiNpk/gsiNsk), with the filter's names and values merged in. Every Query of the
 * table (pages, counts, the dashboard's projections) is built from it.
 */
export function keyCondition(input: Pick<QueryPageInput, "index" | "pk" | "sk" | "filter">) {
  const names: Record<string, string> = {
    "#pk": input.index ? `${input.index}pk` : "pk",
    ...(input.filter?.names ?? {}),
  };
  const values: Record<string, unknown> = { ":pk": input.pk, ...(input.filter?.values ?? {}) };
  let expression = "#pk = :pk";
  const sk = input.sk;
  if (sk) {
    names["#sk"] = input.index ? `${input.index}sk` : "sk";
    // a prefix is asked as the range it spans, not as begins_with: the same items in DynamoDB, but DynamoDB Local
    // walks the whole partition for begins_with and seeks for BETWEEN (an empty day among a building's 50,000
    // departures: 27 ms against 4.7 ms; issue 19, docs/benchmarks.md)
    const c: Exclude<SortCondition, { beginsWith: string }> =
      "beginsWith" in sk ? { between: [sk.beginsWith, sk.beginsWith + PREFIX_END] } : sk;
    if ("between" in c) {
      expression += " AND #sk BETWEEN :sk1 AND :sk2";
      values[":sk1"] = c.between[0];
      values[":sk2"] = c.between[1];
    } else if ("gte" in c) {
      expression += " AND #sk >= :sk";
      values[":sk"] = c.gte;
    } else if ("lte" in c) {
      expression += " AND #sk <= :sk";
      values[":sk"] = c.lte;
    } else {
      expression += " AND #sk = :sk";
      values[":sk"] = c.eq;
    }
  }
  return {
    TableName: tableName(),
    IndexName: input.index,
    KeyConditionExpression: expression,
    FilterExpression: input.filter?.expression,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  } satisfies QueryCommandInput;
}

/**
 * One Query, one page of records (key attributes stripped). The partition attribute depends on the index.
 * With a filter, DynamoDB may return fewer than `limit` items and still a cursor: that is expected.
 */
export async function queryPage<T>(input: QueryPageInput): Promise<Page<T>> {
  const params: QueryCommandInput = {
    ...keyCondition(input),
    ScanIndexForward: input.ascending ?? true,
    Limit: Math.min(Math.max(input.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT),
    ExclusiveStartKey: decodeCursor(input.cursor),
  };
  const out = await db().send(new QueryCommand(params));
  return {
    items: (out.Items ?? []).map((i) => stripKeys<T>(i)),
    cursor: encodeCursor(out.LastEvaluatedKey),
  };
}

/** Reads every page of a small, bounded partition (a building's devices, a unit's nights in a month). */
export async function queryAll<T>(input: Omit<QueryPageInput, "cursor" | "limit">, max = 5000): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  do {
    const page: Page<T> = await queryPage<T>({ ...input, cursor, limit: MAX_LIMIT });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < max);
  return items;
}

/**
 * Counts the items matching a key condition (Select COUNT: nothing is returned, but every matching item is
 * still read, so use it only on partitions bounded by something other than history, e.g. one status or one day).
 */
export async function countQuery(
  input: Omit<QueryPageInput, "cursor" | "limit" | "ascending">,
): Promise<number> {
  const condition = keyCondition(input);
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const out = await db().send(
      new QueryCommand({ ...condition, Select: "COUNT", ExclusiveStartKey: start }),
    );
    count += out.Count ?? 0;
    start = out.LastEvaluatedKey;
  } while (start);
  return count;
}

/**
 * A page that a filter cannot leave short: DynamoDB applies `Limit` before the filter, so a page can come back
 * nearly empty while matches lie further on. This reads on, asking each time only for what is still missing,
 * until the page is full or the range ends. Use it where the filtered-out items are bounded (a window of days),
 * so the extra reads are too; the cursor stays exact because no read item is dropped.
 */
export async function queryFilledPage<T>(input: QueryPageInput): Promise<Page<T>> {
  const limit = Math.min(Math.max(input.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  const items: T[] = [];
  let cursor = input.cursor ?? null;
  do {
    const page: Page<T> = await queryPage<T>({ ...input, cursor, limit: limit - items.length });
    items.push(...page.items);
    cursor = page.cursor;
  } while (cursor && items.length < limit);
  return { items, cursor };
}
