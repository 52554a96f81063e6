import "server-only";
import { getRecord } from "./item";
import type { Key } from "./keys";
import { putItem, TransactionRefused, transactWrite, tx } from "./write";

/**
 * Entry summaries (issue 19): one item per building and kind holding one top-level attribute per record that
 * belongs to it (`e_<id>` → a small map of what the homes show), so a home reads a building's open tickets, checked-in
 * stays, units or open alarms in one GetItem of short entries instead of a Query over every record.
 *
 * An entry is a pure function of its record (`entryOf`, null when the record does not belong). A write that may
 * change it then calls `syncEntry` with the record it wrote: one transaction of a condition that the record still
 * has the `fields` the entry was computed from and a SET (or REMOVE) of the entry. SET/REMOVE of one attribute is
 * idempotent and a stale sync fails its condition (the record is read again and the sync retried), so writers on
 * several instances leave each entry equal to its record: whichever record write came last, its own sync succeeds
 * after it. A process dying between a write and its sync leaves one entry stale until that record's next write;
 * `npm run rebuild:summaries` (and the first read of an item never built) rebuilds the item from the records.
 */
export type EntrySummary<R extends { id: string; buildingId: string }, E> = {
  name: string;
  key: (buildingId: string) => Key;
  recordKey: (buildingId: string, id: string) => Key;
  /** record attributes `entryOf` reads (dotted paths allowed): the sync's condition compares them */
  fields: string[];
  entryOf: (r: R) => E | null;
  /** every record of the building the summary is about (the rebuild's source) */
  listAll: (buildingId: string) => Promise<R[]>;
};

const PREFIX = "e_";
/** Set by a rebuild: an item written only by syncs (its records predate it) is rebuilt on its first read. */
const BUILT = "builtAt";

export type Entries<E> = Map<string, E>;

export async function syncEntry<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  record: R,
): Promise<void> {
  const { buildingId, id } = record;
  let r: R | undefined = record;
  for (let attempt = 1; ; attempt++) {
    try {
      await transactWrite([recordIsAsObserved(s, buildingId, id, r), entryWrite(s, buildingId, id, r)]);
      return;
    } catch (e) {
      if (!(e instanceof TransactionRefused && e.failedConditions.includes(0)) || attempt >= 6) throw e;
      r = await getRecord<R>(s.recordKey(buildingId, id));
    }
  }
}

function entryWrite<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  buildingId: string,
  id: string,
  r: R | undefined,
) {
  const entry = r ? s.entryOf(r) : null;
  return tx.update(
    s.key(buildingId),
    entry
      ? {
          UpdateExpression: "SET #e = :e",
          ExpressionAttributeNames: { "#e": PREFIX + id },
          ExpressionAttributeValues: { ":e": entry },
        }
      : { UpdateExpression: "REMOVE #e", ExpressionAttributeNames: { "#e": PREFIX + id } },
  );
}

const valueAt = (r: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as never)[k] : undefined), r);

function recordIsAsObserved<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  buildingId: string,
  id: string,
  r: R | undefined,
) {
  const key = s.recordKey(buildingId, id);
  if (!r) return tx.check(key, "attribute_not_exists(pk)");
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = ["attribute_exists(pk)"];
  s.fields.forEach((f, i) => {
    const path = f
      .split(".")
      .map((seg, j) => {
        names[`#f${i}_${j}`] = seg;
        return `#f${i}_${j}`;
      })
      .join(".");
    const v = valueAt(r, f);
    if (v === undefined || v === null) {
      values[":null"] = null;
      parts.push(`(attribute_not_exists(${path}) OR ${path} = :null)`);
    } else {
      values[`:v${i}`] = v;
      parts.push(`${path} = :v${i}`);
    }
  });
  return tx.check(key, parts.join(" AND "), {
    ExpressionAttributeNames: names,
    ...(Object.keys(values).length ? { ExpressionAttributeValues: values } : {}),
  });
}

/** The entries of a stored summary item, or null when the item was never built (then call `rebuildEntries`). */
export function entriesOf<E>(item: Record<string, unknown> | undefined): Entries<E> | null {
  if (!item?.[BUILT]) return null;
  const out: Entries<E> = new Map();
  for (const [k, v] of Object.entries(item))
    if (k.startsWith(PREFIX)) out.set(k.slice(PREFIX.length), v as E);
  return out;
}

/**
 * Recomputes the item from the records and replaces it (the repair behind `npm run rebuild:summaries`). A record
 * written during the rebuild may be misfiled until its next write: run it when the summary is known to be wrong.
 */
export async function rebuildEntries<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  buildingId: string,
): Promise<Entries<E>> {
  const records = await s.listAll(buildingId);
  const entries: Entries<E> = new Map();
  for (const r of records) {
    const e = s.entryOf(r);
    if (e) entries.set(r.id, e);
  }
  await putItem({
    ...s.key(buildingId),
    [BUILT]: new Date().toISOString(),
    ...Object.fromEntries([...entries].map(([id, e]) => [PREFIX + id, e])),
  });
  return entries;
}

/** The entries, one GetItem; an item never built is built from the records on this first read. */
export async function getEntries<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  buildingId: string,
): Promise<Entries<E>> {
  return entriesOf<E>(await getRecord(s.key(buildingId), false)) ?? rebuildEntries(s, buildingId);
}
