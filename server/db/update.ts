import "server-only";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { AppError, notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import { getRecord, type KeyAttributes, stripKeys } from "./item";
import type { Key } from "./keys";
import { buildUpdate, type CondExtra, isConditionalCheckFailed, nonEmpty } from "./write";

/** Every key attribute of one stored record: its table key and the index keys it is listed under. */
export type EntityKeys = Key & KeyAttributes;
/** An entity's key function: all its key and index attributes, computed from the record alone. */
export type KeysOf<T> = (record: T) => EntityKeys;
export type Condition = {
  expression: string;
  names?: Record<string, string>;
  values?: Record<string, unknown>;
};

const INDEX_ATTRIBUTES = ["gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"] as const;

/** The record as an update will leave it: the defined `set` values over `cur`, without `remove`. */
export function mergePatch<T>(cur: T, set: Record<string, unknown>, remove: string[] = []): T {
  const next: Record<string, unknown> = { ...(cur as object) };
  for (const [k, v] of Object.entries(set)) if (v !== undefined) next[k] = v;
  for (const k of remove) delete next[k];
  return next as T;
}

/**
 * What an update must write so that the index keys follow the record. Both key sets come from the entity's key
 * function: the index attributes that differ between `keysOf(cur)` and `keysOf(next)` are SET (or REMOVEd when
 * `next` has none), each on condition that the stored value is still `cur`'s. So two racing writes that move the
 * same key cannot both win (the loser is a 409, never a key computed from a stale read), while writes that move
 * no key never conflict over one. Also safe when `cur` is stale: a stale attribute that feeds a moved key makes
 * that key's condition fail. Pure.
 */
export function reindex<T>(cur: T, next: T, keysOf: KeysOf<T>) {
  const before: KeyAttributes = keysOf(cur);
  const after: KeyAttributes = keysOf(next);
  const set: Record<string, string> = {};
  const remove: string[] = [];
  const parts: string[] = [];
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  INDEX_ATTRIBUTES.forEach((a, i) => {
    if (before[a] === after[a]) return;
    if (after[a] !== undefined) set[a] = after[a];
    else remove.push(a);
    names[`#ix${i}`] = a;
    if (before[a] === undefined) parts.push(`attribute_not_exists(#ix${i})`);
    else {
      values[`:ix${i}`] = before[a];
      parts.push(`#ix${i} = :ix${i}`);
    }
  });
  const condition: Condition | undefined = parts.length
    ? { expression: parts.join(" AND "), names, values }
    : undefined;
  return { set, remove, condition };
}

/** True when the whole expression is one parenthesized group (DynamoDB refuses redundant parentheses). */
function wrapped(e: string): boolean {
  if (!e.startsWith("(")) return false;
  let depth = 0;
  for (let i = 0; i < e.length; i++) {
    if (e[i] === "(") depth++;
    else if (e[i] === ")") depth--;
    if (depth === 0) return i === e.length - 1;
  }
  return false;
}

/** Conditions joined with AND (undefined ones skipped); placeholders must not clash. */
export function allOf(...conditions: (Condition | undefined)[]): Condition | undefined {
  const cs = conditions.filter((c): c is Condition => c !== undefined);
  if (!cs.length) return undefined;
  if (cs.length === 1) return cs[0];
  return {
    expression: cs.map((c) => (wrapped(c.expression) ? c.expression : `(${c.expression})`)).join(" AND "),
    names: Object.assign({}, ...cs.map((c) => c.names ?? {})),
    values: Object.assign({}, ...cs.map((c) => c.values ?? {})),
  };
}

/** The index attributes of an entity's keys (for an update that sets them all from a record it fully knows). */
export function indexAttributes(k: EntityKeys): KeyAttributes {
  const { pk: _pk, sk: _sk, ...index } = k;
  return index;
}

/** A condition as `tx.update`/`tx.check` take it: "the item exists" AND `c`. */
export function txCondition(c: Condition | undefined): [string, CondExtra] {
  const expression = ["attribute_exists(pk)", c?.expression].filter(Boolean).join(" AND ");
  return [expression, { ExpressionAttributeNames: c?.names, ExpressionAttributeValues: c?.values }];
}

export type UpdateRecordInput<T = unknown> = {
  key: Key;
  set: Record<string, unknown>;
  remove?: string[];
  /** what the thing is called in a not-found message ("Ticket") */
  what: string;
  /** extra condition on top of "the item exists", e.g. `#status = :from` */
  condition?: { expression: string; names?: Record<string, string>; values?: Record<string, unknown> };
  /** message when the extra condition fails */
  conflictMessage?: string;
  /**
   * The entity's key function, for updates of an entity with index keys: the record is read, the patch merged
   * into it, and every index key recomputed from the result (see `reindex`); nobody re-derives a key by hand.
   */
  keysOf?: KeysOf<T>;
  /** with `keysOf`: the record as the caller already read it, saving the read (a stale one only risks a 409) */
  current?: T;
};

/**
 * UpdateItem that never creates: the item must exist (404 otherwise) and satisfy `condition` (409 otherwise).
 * ReturnValuesOnConditionCheckFailure tells the two apart without a second read. Returns the new record.
 */
export async function updateRecord<T>(input: UpdateRecordInput<T>): Promise<T> {
  let set = input.set;
  let remove = input.remove;
  let extra = input.condition;
  if (input.keysOf) {
    const cur = input.current ?? (await getRecord<T>(input.key));
    if (!cur) throw notFound(input.what);
    const ix = reindex(cur, mergePatch(cur, input.set, input.remove), input.keysOf);
    set = { ...set, ...ix.set };
    remove = [...(remove ?? []), ...ix.remove];
    extra = allOf(extra, ix.condition);
  }
  const u = buildUpdate(set, remove);
  const condition = ["attribute_exists(pk)", extra?.expression].filter(Boolean).join(" AND ");
  try {
    const out = await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: input.key,
        UpdateExpression: u.UpdateExpression,
        ConditionExpression: condition,
        ExpressionAttributeNames: nonEmpty({ ...u.ExpressionAttributeNames, ...extra?.names }),
        ExpressionAttributeValues: nonEmpty({ ...u.ExpressionAttributeValues, ...extra?.values }),
        ReturnValues: "ALL_NEW",
        ReturnValuesOnConditionCheckFailure: "ALL_OLD",
      }),
    );
    return stripKeys<T>(out.Attributes ?? {});
  } catch (e) {
    if (!isConditionalCheckFailed(e)) throw e;
    if (!(e as { Item?: unknown }).Item) throw notFound(input.what);
    throw new AppError(
      "conflict",
      input.conflictMessage ?? `${input.what} was changed meanwhile; try again.`,
    );
  }
}
