import "server-only";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { type Connection, connect, Index, type Table } from "@lancedb/lancedb";
import { Bool, Field, FixedSizeList, Float32, Int32, Schema, Utf8 } from "apache-arrow";
import { AUDIENCES, type Audience } from "@/lib/domain/knowledge-document";
import { config } from "../config";
import type { Embedder } from "./embeddings/embedder";
import { reciprocalRankFusion } from "./fusion";
import type { ChunkRecord, IndexableDocument, Passage, SearchBackend } from "./types";

/**
 * The embedded index (local default): LanceDB files under `VECTOR_DIR` (default `.data/vectors`). One table per
 * embedding model; audiences are boolean columns so the building and audience filter is a plain predicate that
 * LanceDB applies before ranking (prefilter) in both the vector and the full-text search.
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

const toPassage = (r: Row, score: number): Passage => ({
  documentId: r.document_id,
  title: r.title,
  chunkId: r.chunk_id,
  text: r.text,
  score,
  audience: AUDIENCES.filter((a) => r[`aud_${a}`]),
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

export async function createLanceBackend({
  embedder,
  dir = config().VECTOR_DIR || path.join(process.cwd(), ".data", "vectors"),
  autoOptimizeMs = 2_000,
}: {
  embedder: Embedder;
  dir?: string;
  /** how long after the last write the index is optimized; 0 leaves it to explicit `optimize()` calls */
  autoOptimizeMs?: number;
}): Promise<SearchBackend> {
  await mkdir(dir, { recursive: true });
  // Re-read the table version at most every second: the seed script and the app are separate processes.
  const db: Connection = await connect(dir, { readConsistencyInterval: 1 });
  const name = `chunks_${embedder.id.replace(/[^a-zA-Z0-9_]/g, "_")}`;
  const table: Table = await db.createEmptyTable(name, schemaFor(embedder.dimensions), {
    mode: "create",
    existOk: true,
  });
  const indices = await table.listIndices();
  if (!indices.some((i) => i.columns.includes("text"))) {
    await table.createIndex("text", {
      config: Index.fts({ stem: true, removeStopWords: true, asciiFolding: true, lowercase: true }),
      replace: true,
    });
  }

  // Writes go one at a time: LanceDB resolves concurrent commits, but a delete racing an add of the same document would not.
  let writes: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = writes.then(fn, fn);
    writes = next.catch(() => undefined);
    return next;
  };

  // New rows are searched outside the full-text index until optimize() folds them in (a query over 10k unfolded
  // rows takes ~1 s instead of ~30 ms: see `npm run bench`), so writes schedule one shortly after they stop.
  let optimizeTimer: NodeJS.Timeout | undefined;
  const optimizeSoon = () => {
    clearTimeout(optimizeTimer);
    if (autoOptimizeMs <= 0) return;
    optimizeTimer = setTimeout(() => {
      serial(() => table.optimize({ cleanupOlderThan: new Date(Date.now() - 60_000) })).catch(
        () => undefined,
      );
    }, autoOptimizeMs);
    optimizeTimer.unref?.();
  };

  const docPredicate = (buildingId: string, documentId: string) =>
    `building_id = ${sql(buildingId)} AND document_id = ${sql(documentId)}`;

  return {
    name: "lancedb",
    replaceDocument: (doc: IndexableDocument, chunks: ChunkRecord[]) =>
      serial(async () => {
        await table.delete(docPredicate(doc.buildingId, doc.id));
        if (!chunks.length) return;
        const rows: Row[] = chunks.map((c) => ({
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
        }));
        await table.add(rows);
        optimizeSoon();
      }),
    removeDocument: (buildingId, documentId) =>
      serial(async () => {
        await table.delete(docPredicate(buildingId, documentId));
        optimizeSoon();
      }),
    documentChunkCount: (buildingId, documentId) => table.countRows(docPredicate(buildingId, documentId)),
    async search({ buildingId, audiences, query, k, vector }) {
      const filter = lanceFilter(buildingId, audiences);
      const depth = Math.max(k * 4, 20);
      const hasVector = vector.some((x) => x !== 0);
      const words = ftsText(query);
      const [byVector, byText] = await Promise.all([
        hasVector
          ? (table
              .vectorSearch(vector)
              .distanceType("cosine")
              .where(filter)
              .select([...COLUMNS, "_distance"])
              .limit(depth)
              .toArray() as Promise<Row[]>)
          : Promise.resolve([] as Row[]),
        words
          ? (table
              .query()
              .fullTextSearch(words, { columns: ["text"] })
              .where(filter)
              .select([...COLUMNS, "_score"])
              .limit(depth)
              .toArray() as Promise<Row[]>)
          : Promise.resolve([] as Row[]),
      ]);
      return reciprocalRankFusion([byVector, byText], (r) => r.chunk_id)
        .slice(0, k)
        .map(({ item, score }) => toPassage(item, score));
    },
    optimize: () =>
      serial(async () => {
        clearTimeout(optimizeTimer);
        await table.optimize({ cleanupOlderThan: new Date(Date.now() - 60_000) });
      }),
    async close() {
      clearTimeout(optimizeTimer);
      await writes;
      db.close();
    },
  };
}
