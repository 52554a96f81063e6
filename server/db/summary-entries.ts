import "server-only";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { db, tableName } from "./client";
import { getRecord } from "./item";
import type { Key } from "./keys";
import { putItem, type TransactItem, TransactionRefused, transactWrite, tx } from "./write";

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
/** The attribute holding a record's entry in an entry summary. */
export const entryAttr = (id: string) => PREFIX + id;
/**
 * An entry is stored as its JSON text, one string attribute: reading a map attribute costs a store per member
 * (DynamoDB Local: ~13 µs for a map of six against ~5 µs for a string; a summary holds hundreds), the text is
 * parsed in one call. Items written before hold maps, which read as they are.
 */
export const storedEntry = (entry: unknown) => JSON.stringify(entry);
export const entryValue = <E>(stored: unknown): E =>
  (typeof stored === "string" ? JSON.parse(stored) : stored) as E;
/** Set by a rebuild: an item written only by syncs (its records predate it) is rebuilt on its first read. */
const BUILT = "builtAt";

export type Entries<E> = Map<string, E>;

export function syncEntry<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  record: R,
): Promise<void> {
  return syncPlaces(
    {
      recordKey: s.recordKey,
      fields: s.fields,
      places: (r) => [{ key: s.key(r.buildingId), attr: entryAttr(r.id), entry: s.entryOf(r) }],
    },
    record,
  );
}

/**
 * Where one record's entries live: a summary item, the attribute, and the entry (null: the record's state puts
 * none there, so the attribute is removed). A record may have entries in several items, and which items may
 * follow its state (a stay's arrival day): `places` is a pure function of the record.
 */
export type EntryPlace = { key: Key; attr: string; entry: unknown | null };
export type PlacedEntries<R> = {
  recordKey: (buildingId: string, id: string) => Key;
  /** record attributes `places` reads (dotted paths allowed): the sync's condition compares them */
  fields: string[];
  places: (r: R) => EntryPlace[];
};

/**
 * The generalisation of `syncEntry` to entries in several items (issue 19): ONE transaction of the condition that
 * the record still has the `fields` it was read with, and per item touched one UpdateItem that SETs the record's
 * entries where its state puts them and REMOVEs them from every place an earlier state (`before`: the record as
 * read before a write that may move it, e.g. new dates) put them. A stale sync fails its condition, the record is
 * read again and the places of every state seen are cleaned, so concurrent writers leave the entries equal to the
 * record whichever sync runs last.
 */
export async function syncPlaces<R extends { id: string; buildingId: string }>(
  s: PlacedEntries<R>,
  record: R,
  before: R[] = [],
): Promise<void> {
  const { buildingId, id } = record;
  const seen = [...before, record];
  let r: R | undefined = record;
  for (let attempt = 1; ; attempt++) {
    try {
      await transactWrite([
        recordIsAsObserved(s.recordKey(buildingId, id), s.fields, r),
        ...placeWrites(s, seen, r),
      ]);
      return;
    } catch (e) {
      if (!(e instanceof TransactionRefused && e.failedConditions.includes(0)) || attempt >= 6) throw e;
      r = await getRecord<R>(s.recordKey(buildingId, id));
      if (r) seen.push(r);
    }
  }
}

function placeWrites<R>(s: PlacedEntries<R>, seen: R[], current: R | undefined): TransactItem[] {
  const byItem = new Map<string, { key: Key; set: Map<string, unknown>; remove: Set<string> }>();
  const at = (key: Key) => {
    const k = `${key.pk}\u0000${key.sk}`;
    const w = byItem.get(k) ?? { key, set: new Map<string, unknown>(), remove: new Set<string>() };
    byItem.set(k, w);
    return w;
  };
  for (const state of seen) for (const p of s.places(state)) at(p.key).remove.add(p.attr);
  for (const p of current ? s.places(current) : []) {
    if (p.entry === null) continue;
    const w = at(p.key);
    w.remove.delete(p.attr);
    w.set.set(p.attr, p.entry);
  }
  return [...byItem.values()].map(({ key, set, remove }) => {
    const names: Record<string, string> = {};
    const values: Record<string, unknown> = {};
    const sets = [...set].map(([attr, entry], i) => {
      names[`#s${i}`] = attr;
      values[`:s${i}`] = storedEntry(entry);
      return `#s${i} = :s${i}`;
    });
    const removes = [...remove].map((attr, i) => {
      names[`#r${i}`] = attr;
      return `#r${i}`;
    });
    const expression = [
      sets.length ? `SET ${sets.join(", ")}` : "",
      removes.length ? `REMOVE ${removes.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    return tx.update(key, {
      UpdateExpression: expression,
      ExpressionAttributeNames: names,
      ...(sets.length ? { ExpressionAttributeValues: values } : {}),
    });
  });
}

const valueAt = (r: unknown, path: string): unknown =>
  path.split(".").reduce<unknown>((o, k) => (o && typeof o === "object" ? (o as never)[k] : undefined), r);

function recordIsAsObserved<R>(key: Key, fields: string[], r: R | undefined) {
  if (!r) return tx.check(key, "attribute_not_exists(pk)");
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const parts = ["attribute_exists(pk)"];
  fields.forEach((f, i) => {
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
  return item?.[BUILT] ? entriesIn<E>(item) : null;
}

/** The entries an item holds, built or not (none when absent). */
export function entriesIn<E>(item: Record<string, unknown> | undefined): Entries<E> {
  const out: Entries<E> = new Map();
  for (const [k, v] of Object.entries(item ?? {}))
    if (k.startsWith(PREFIX)) out.set(k.slice(PREFIX.length), entryValue<E>(v));
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
    ...Object.fromEntries([...entries].map(([id, e]) => [PREFIX + id, storedEntry(e)])),
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

/**
 * The entries of these records only: one GetItem projected to their attributes, so a page that shows a few
 * rows of a large summary (ten stays' unit numbers out of a 500-unit building's units) does not read and parse
 * the whole item (issue 19). Ids with no entry are absent from the map; an item never built is built first.
 */
export async function getSomeEntries<R extends { id: string; buildingId: string }, E>(
  s: EntrySummary<R, E>,
  buildingId: string,
  ids: Iterable<string>,
): Promise<Entries<E>> {
  const wanted = [...new Set(ids)];
  if (!wanted.length) return new Map();
  const names: Record<string, string> = { "#built": BUILT };
  wanted.forEach((id, i) => {
    names[`#e${i}`] = entryAttr(id);
  });
  const out = await db().send(
    new GetCommand({
      TableName: tableName(),
      Key: s.key(buildingId),
      ProjectionExpression: Object.keys(names).join(", "),
      ExpressionAttributeNames: names,
    }),
  );
  const found = entriesOf<E>(out.Item);
  if (found) return found;
  const all = await rebuildEntries(s, buildingId);
  return new Map(wanted.flatMap((id) => (all.has(id) ? [[id, all.get(id) as E]] : [])));
}
