import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Connection, connect, type Table } from "@lancedb/lancedb";
import { Bool, Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from "apache-arrow";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document";
import { config } from "../config";
import type { Embedder } from "./embeddings/embedder";
import { reciprocalRankFusion } from "./fusion";
import { type IndexedChunk, MemoryIndex } from "./memory-index";
import type { ChunkRecord, IndexableDocument, Passage, SearchBackend } from "./types";

/**
 * The embedded index (local default): LanceDB files under `VECTOR_DIR` (default `.data/vectors`) are the store,
 * one table per embedding model, shared with the seed process. Searches are answered by an in-process mirror of
 * the table (`MemoryIndex`: exact cosine over column-major vectors and an incremental BM25, per building), so a
 * query never pays for rows LanceDB has not folded into its indexes yet: issue 19 measured LanceDB's own hybrid
 * query at 30 ms optimized and ~500 ms right after a bulk load at 10,000 chunks; the mirror is a few ms either
 * way (`npm run bench -- --only retrieval`). The mirror is loaded on first use, follows this process's writes
 * at once, and is reloaded in the background when another process (the seed) moved the table.
 */
type Row = {
  chunk_id: string;
  document_id: string;
  building_id: string;
  title: string;
  text: string;
  ordinal: number;
  aud_guest: boolean;
  aud_resident: boolean;
  aud_staff: boolean;
  vector: number[];
};

const sql = (s: string) => `'${s.replace(/'/g, "''")}'`;

function schemaFor(dimensions: number) {
  return new Schema([
    new Field("chunk_id", new Utf8(), false),
    new Field("document_id", new Utf8(), false),
    new Field("building_id", new Utf8(), false),
    new Field("title", new Utf8(), false),
    new Field("text", new Utf8(), false),
    new Field("ordinal", new Int32(), false),
    ...AUDIENCES.map((a) => new Field(`aud_${a}`, new Bool(), false)),
    new Field("vector", new FixedSizeList(dimensions, new Field("item", new Float32(), true)), false),
  ]);
}

/** The predicate every query carries: this building, and at least one of the reader's audiences. */
export function lanceFilter(buildingId: string, audiences: Audience[]): string {
  const allowed = audiences.filter((a) => (AUDIENCES as readonly string[]).includes(a));
  const audience = allowed.length ? allowed.map((a) => `aud_${a} = true`).join(" OR ") : "false";
  return `building_id = ${sql(buildingId)} AND (${audience})`;
}

/** Keeps only words for the full-text query, so user text is never read as query syntax. */
const ftsText = (q: string) =>
  q
    .normalize("NFKC")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

const toPassage = (c: IndexedChunk, score: number): Passage => ({
  documentId: c.documentId,
  title: c.title,
  chunkId: c.chunkId,
  text: c.text,
  score,
  audience: c.audience,
});

/** The table's row for a chunk (bulk loads write these directly). */
export const lanceRow = (c: ChunkRecord): Row => ({
  chunk_id: c.chunkId,
  document_id: c.documentId,
  building_id: c.buildingId,
  title: c.title,
  text: c.text,
  ordinal: c.ordinal,
  aud_guest: c.audience.includes("guest"),
  aud_resident: c.audience.includes("resident"),
  aud_staff: c.audience.includes("staff"),
  vector: c.vector,
});

const COLUMNS = [
  "chunk_id",
  "document_id",
  "building_id",
  "title",
  "text",
  "ordinal",
  ...AUDIENCES.map((a) => `aud_${a}`),
];

/** Every row of the table into a fresh mirror, reading the vectors straight out of Arrow's buffers. */
async function loadMirror(table: Table, dims: number): Promise<MemoryIndex> {
  const mirror = new MemoryIndex(dims);
  const data = await table
    .query()
    .select([...COLUMNS, "vector"])
    .toArrow();
  for (const batch of data.batches) {
    const col = Object.fromEntries(COLUMNS.map((c) => [c, batch.getChild(c)]));
    const vectors = batch.getChild("vector");
    const list = vectors?.data.length === 1 ? vectors.data[0] : undefined;
    const child = list?.children[0];
    // one unsliced buffer (what a query returns): vectors are read in place, else row by row
    const values = list?.offset === 0 && child?.offset === 0 ? (child.values as Float32Array) : undefined;
    for (let i = 0; i < batch.numRows; i++) {
      mirror.add(
        {
          chunkId: col.chunk_id?.get(i),
          documentId: col.document_id?.get(i),
          buildingId: col.building_id?.get(i),
          title: col.title?.get(i),
          text: col.text?.get(i),
          ordinal: col.ordinal?.get(i),
          audience: AUDIENCES.filter((a) => col[`aud_${a}`]?.get(i)),
        },
        values ? values.subarray(i * dims, (i + 1) * dims) : (vectors?.get(i)?.toArray() ?? []),
      );
    }
  }
  return mirror;
}

export async function createLanceBackend({
  embedder,
  dir = config().VECTOR_DIR || path.join(process.cwd(), ".data", "vectors"),
  autoOptimizeMs = 2_000,
  foreignCheckMs = 1_000,
}: {
  embedder: Embedder;
  dir?: string;
  /** how long after the last write the table is compacted; 0 leaves it to explicit `optimize()` calls */
  autoOptimizeMs?: number;
  /** how often (at most, on searches) the mirror looks for another process's writes; also LanceDB's read interval */
  foreignCheckMs?: number;
}): Promise<SearchBackend> {
  await mkdir(dir, { recursive: true });
  // The seed script and the app are separate processes: re-read the table version at most every foreignCheckMs.
  const db: Connection = await connect(dir, { readConsistencyInterval: foreignCheckMs / 1000 });
  const name = `chunks_${embedder.id.replace(/[^a-zA-Z0-9_]/g, "_")}`;
  const table: Table = await db.createEmptyTable(name, schemaFor(embedder.dimensions), {
    mode: "create",
    existOk: true,
  });
  // No LanceDB index is built: searches are the mirror's, and LanceDB only stores (a table written by an older
  // version may still carry a full-text index; it is left as is).

  // The mirror: loaded on first use; `mirrorVersion` is the table version it holds.
  let mirror: Promise<MemoryIndex> | undefined;
  let mirrorVersion = -1;
  let lastCheck = 0;
  const reload = () => {
    const next = (async () => {
      const version = await table.version();
      const loaded = await loadMirror(table, embedder.dimensions);
      mirrorVersion = version;
      return loaded;
    })();
    // the old mirror answers until the new one is ready; a failed load is retried at the next check
    if (!mirror) mirror = next;
    next.then(
      () => {
        mirror = next;
      },
      () => {
        if (mirror === next) mirror = undefined;
      },
    );
    return next;
  };
  const getMirror = () => mirror ?? reload();
  /** At most once a second, off the query path: did another process (the seed) move the table? */
  const checkForeignWrites = () => {
    const now = Date.now();
    if (now - lastCheck < foreignCheckMs) return;
    lastCheck = now;
    serial(async () => {
      if ((await table.version()) !== mirrorVersion) await reload();
    }).catch(() => undefined);
  };
  /**
   * One of this process's writes, applied to the table and then to the mirror, so the mirror stays current
   * without a reload; when the table had moved before it (another process wrote), the mirror is reloaded.
   */
  const ownWrite = (write: () => Promise<unknown>, mirrored: (m: MemoryIndex) => void) =>
    serial(async () => {
      const m = mirror && (await mirror);
      const foreign = m !== undefined && (await table.version()) !== mirrorVersion;
      await write();
      if (!m) return; // no mirror yet: the first search loads one with this write in it
      mirrored(m);
      mirrorVersion = await table.version();
      if (foreign) await reload();
    });

  // Writes go one at a time: LanceDB resolves concurrent commits, but a delete racing an add of the same document would not.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writes.then(fn, fn);
    writes = next.catch(() => undefined);
    return next;
  };

  // optimize() compacts LanceDB's files (fewer fragments: a faster mirror load); searches do not wait for it.
  let optimizeTimer: NodeJS.Timeout | undefined;
  const compact = () => table.optimize({ cleanupOlderThan: new Date(Date.now() - 60_000) });
  const optimizeSoon = () => {
    clearTimeout(optimizeTimer);
    if (autoOptimizeMs <= 0) return;
    optimizeTimer = setTimeout(() => {
      ownWrite(compact, () => undefined).catch(() => undefined);
    }, autoOptimizeMs);
    optimizeTimer.unref?.();
  };

  const docPredicate = (buildingId: string, documentId: string) =>
    `building_id = ${sql(buildingId)} AND document_id = ${sql(documentId)}`;

  return {
    name: "lancedb",
    replaceDocument: async (doc: IndexableDocument, chunks: ChunkRecord[]) => {
      await ownWrite(
        async () => {
          await table.delete(docPredicate(doc.buildingId, doc.id));
          if (chunks.length) await table.add(chunks.map(lanceRow));
        },
        (m) =>
          m.replaceDocument(
            doc.buildingId,
            doc.id,
            chunks.map(({ vector, ...chunk }) => ({ chunk, vector })),
          ),
      );
      optimizeSoon();
    },
    removeDocument: async (buildingId, documentId) => {
      await ownWrite(
        () => table.delete(docPredicate(buildingId, documentId)),
        (m) => m.removeDocument(buildingId, documentId),
      );
      optimizeSoon();
    },
    documentChunkCount: (buildingId, documentId) => table.countRows(docPredicate(buildingId, documentId)),
    async search({ buildingId, audiences, query, k, vector }) {
      const m = await getMirror();
      checkForeignWrites();
      const depth = Math.max(k * 4, 20);
      const { byVector, byText } = m.search({
        buildingId,
        audiences,
        vector: vector.some((x) => x !== 0) ? vector : undefined,
        text: ftsText(query),
        depth,
      });
      return reciprocalRankFusion([byVector, byText], (c) => c.chunkId)
        .slice(0, k)
        .map(({ item, score }) => toPassage(item, score));
    },
    optimize: async () => {
      clearTimeout(optimizeTimer);
      await ownWrite(compact, () => undefined);
    },
    async close() {
      clearTimeout(optimizeTimer);
      await writes;
      db.close();
    },
  };
}
