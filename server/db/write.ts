import "server-only";
import { PutCommand, TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";

export type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** A transaction the database refused; `reasons[i]` is the code for `TransactItems[i]` ("None" when that item was fine). */
export class TransactionRefused extends Error {
  constructor(readonly reasons: string[]) {
    super(`Transaction cancelled: ${reasons.join(", ")}`);
    this.name = "TransactionRefused";
  }
  /** indexes of the items whose condition failed */
  get failedConditions(): number[] {
    return this.reasons.flatMap((r, i) => (r === "ConditionalCheckFailed" ? [i] : []));
  }
}

export const isConditionalCheckFailed = (e: unknown) =>
  e instanceof Error && e.name === "ConditionalCheckFailedException";

/**
 * TransactWriteItems. A transaction that only collided with another in-flight transaction ("TransactionConflict")
 * is retried with jittered backoff, so under contention exactly one writer wins and the others see the real
 * outcome (their condition failing) instead of a spurious conflict. Other refusals throw TransactionRefused.
 */
export async function transactWrite(items: TransactItem[], opts: { attempts?: number } = {}): Promise<void> {
  if (items.length > 100) throw new Error(`A transaction holds at most 100 items (got ${items.length})`);
  const attempts = opts.attempts ?? 8;
  for (let attempt = 1; ; attempt++) {
    try {
      await db().send(new TransactWriteCommand({ TransactItems: items }));
      return;
    } catch (e) {
      if (!(e instanceof Error) || e.name !== "TransactionCanceledException") throw e;
      const reasons = ((e as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? []).map(
        (r) => r.Code ?? "None",
      );
      const onlyConflicts =
        reasons.some((r) => r === "TransactionConflict") &&
        reasons.every((r) => r === "TransactionConflict" || r === "None");
      if (!onlyConflicts || attempt >= attempts) throw new TransactionRefused(reasons);
      await new Promise((r) => setTimeout(r, Math.random() * 20 * 2 ** attempt));
    }
  }
}

/** Shorthands for the transaction items, all on the one table. */
export const tx = {
  put: (
    Item: Record<string, unknown>,
    ConditionExpression?: string,
    extra: CondExtra = {},
  ): TransactItem => ({
    Put: { TableName: tableName(), Item, ConditionExpression, ...extra },
  }),
  update: (
    Key: Record<string, unknown>,
    update: UpdateParts,
    ConditionExpression?: string,
    extra: CondExtra = {},
  ): TransactItem => ({
    Update: {
      TableName: tableName(),
      Key,
      UpdateExpression: update.UpdateExpression,
      ConditionExpression,
      ExpressionAttributeNames: nonEmpty({
        ...update.ExpressionAttributeNames,
        ...extra.ExpressionAttributeNames,
      }),
      ExpressionAttributeValues: nonEmpty({
        ...update.ExpressionAttributeValues,
        ...extra.ExpressionAttributeValues,
      }),
    },
  }),
  delete: (
    Key: Record<string, unknown>,
    ConditionExpression?: string,
    extra: CondExtra = {},
  ): TransactItem => ({
    Delete: { TableName: tableName(), Key, ConditionExpression, ...extra },
  }),
  check: (
    Key: Record<string, unknown>,
    ConditionExpression: string,
    extra: CondExtra = {},
  ): TransactItem => ({
    ConditionCheck: { TableName: tableName(), Key, ConditionExpression, ...extra },
  }),
};
export type CondExtra = {
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
};

export type UpdateParts = {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
};

/**
 * `SET a = :a, b = :b REMOVE c` from a plain object: undefined values are skipped, names in `remove` removed.
 * Placeholders are prefixed `u_` so callers can add their own condition placeholders without clashes.
 */
export function buildUpdate(set: Record<string, unknown>, remove: string[] = []): UpdateParts {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets: string[] = [];
  Object.entries(set).forEach(([k, v], i) => {
    if (v === undefined) return;
    names[`#u_${i}`] = k;
    values[`:u_${i}`] = v;
    sets.push(`#u_${i} = :u_${i}`);
  });
  const removes = remove.map((k, i) => {
    names[`#ur_${i}`] = k;
    return `#ur_${i}`;
  });
  const parts = [
    sets.length ? `SET ${sets.join(", ")}` : "",
    removes.length ? `REMOVE ${removes.join(", ")}` : "",
  ];
  return {
    UpdateExpression: parts.filter(Boolean).join(" "),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: Object.keys(values).length ? values : undefined,
  };
}

/** PutItem that refuses to overwrite: returns false when the key already exists. */
export async function putIfAbsent(item: Record<string, unknown>): Promise<boolean> {
  try {
    await db().send(
      new PutCommand({ TableName: tableName(), Item: item, ConditionExpression: "attribute_not_exists(pk)" }),
    );
    return true;
  } catch (e) {
    if (isConditionalCheckFailed(e)) return false;
    throw e;
  }
}

export async function putItem(item: Record<string, unknown>): Promise<void> {
  await db().send(new PutCommand({ TableName: tableName(), Item: item }));
}

/** DynamoDB rejects an empty ExpressionAttributeValues map: send none instead. */
export function nonEmpty<T extends Record<string, unknown>>(m: T): T | undefined {
  return Object.keys(m).length ? m : undefined;
}
