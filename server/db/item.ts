import "server-only";
import { BatchGetCommand, GetCommand } from "@aws-sdk/lib-dynamodb";
import { notFound } from "@/lib/errors";
import { db, tableName } from "./client";
import type { Key } from "./keys";

/** Attributes that exist only for the table's indexes; records never carry them out of server/db. */
const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"] as const;
type KeyAttribute = (typeof KEY_ATTRIBUTES)[number];
export type KeyAttributes = Partial<Record<KeyAttribute, string>>;

/** The stored item: the record as it is, plus its key attributes side by side. */
export function toItem<T extends object>(record: T, ...keyParts: KeyAttributes[]): T & KeyAttributes {
  return Object.assign({}, record, ...keyParts);
}

/**
 * Attributes for the table's machinery that records never carry either: `countOn`, the building-local day a door
 * event is counted on from the table's stream (server/db/access-count-stream.ts).
 */
const MACHINE_ATTRIBUTES = [...KEY_ATTRIBUTES, "countOn"] as const;

export function stripKeys<T>(item: Record<string, unknown>): T {
  const out: Record<string, unknown> = { ...item };
  for (const k of MACHINE_ATTRIBUTES) delete out[k];
  return out as T;
}

/** GetItem, consistent by default: a record just written must be readable by the next request. */
export async function getRecord<T>(key: Key, consistent = true): Promise<T | undefined> {
  const out = await db().send(
    new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: consistent }),
  );
  return out.Item ? stripKeys<T>(out.Item) : undefined;
}

/** A record by key, or null: the body of every `find*`. */
export async function findOne<T>(key: Key): Promise<T | null> {
  return (await getRecord<T>(key)) ?? null;
}

/** A record by key, or a not-found error naming `what` ("Ticket"): the body of every `get*`. */
export async function getOne<T>(key: Key, what: string): Promise<T> {
  const record = await getRecord<T>(key);
  if (!record) throw notFound(what);
  return record;
}

/** BatchGetItem in chunks of 100, retrying unprocessed keys; order of the result follows `keyList`. */
export async function batchGetRecords<T>(keyList: Key[]): Promise<T[]> {
  return (await batchGetByKey<T>(keyList)).flatMap((rec) => (rec ? [rec] : []));
}

/**
 * BatchGetItem in chunks of 100 (one request for up to 100 keys), retrying unprocessed keys: the record of each
 * key, in the order of `keyList`, undefined where there is none. `consistent` reads strongly consistently.
 */
export async function batchGetByKey<T>(keyList: Key[], consistent = false): Promise<(T | undefined)[]> {
  const found = new Map<string, T>();
  const id = (k: { pk: unknown; sk: unknown }) => `${k.pk}\u0000${k.sk}`;
  for (let i = 0; i < keyList.length; i += 100) {
    let pending: Record<string, unknown>[] = keyList.slice(i, i + 100);
    for (let attempt = 0; pending.length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
      const out = await db().send(
        new BatchGetCommand({
          RequestItems: { [tableName()]: { Keys: pending, ...(consistent ? { ConsistentRead: true } : {}) } },
        }),
      );
      for (const item of out.Responses?.[tableName()] ?? []) {
        found.set(id(item as Key), stripKeys<T>(item));
      }
      pending = out.UnprocessedKeys?.[tableName()]?.Keys ?? [];
      if (attempt > 8 && pending.length) throw new Error("BatchGetItem kept returning unprocessed keys");
    }
  }
  return keyList.map((k) => found.get(id(k)));
}
