/**
 * Runs in a child process with the react-server condition (server/search is server-only). Bulk-loads synthetic
 * chunks over two buildings and three audiences into a LanceDB in a temp dir (as a seed does: big appends, no
 * index), then times `searchKnowledge` (offline embedding + the embedded backend's in-process mirror + fusion +
 * lexical re-rank) at each size, on the loaded index and right after one more document is uploaded, beside a
 * floor (a brute-force cosine scan over a row-major Float32Array of the same vectors, same filter, same depth).
 * At the first size it also times LanceDB's own hybrid query (filtered vector search and full-text search,
 * each timed apart), never optimized, optimized, and right after the upload. Prints one JSON line.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { connect, Index } from "@lancedb/lancedb";
import type { Audience } from "@/lib/domain/knowledge-document";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { reciprocalRankFusion } from "@/server/search/fusion";
import { createLanceBackend, lanceFilter, lanceRow } from "@/server/search/lancedb-backend";
import { expandQuery, lexicalRerank } from "@/server/search/lexical-rerank";
import { searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import type { ChunkRecord, Passage, SearchBackend } from "@/server/search/types";

const TOPICS = [
  ["quiet", "hours", "music", "noise", "night", "neighbours"],
  ["pool", "swimming", "towels", "lifeguard", "summer", "children"],
  ["parking", "garage", "car", "charger", "visitor", "space"],
  ["trash", "recycling", "bins", "glass", "paper", "collection"],
  ["wifi", "network", "password", "router", "internet", "speed"],
  ["check-in", "arrival", "door", "code", "keypad", "lobby"],
  ["laundry", "washing", "machine", "dryer", "basement", "card"],
  ["pets", "dogs", "cats", "leash", "garden", "approval"],
  ["gym", "weights", "treadmill", "fob", "trainer", "towel"],
  ["parcels", "delivery", "courier", "desk", "notification", "collect"],
];
const FILLER =
  "please the building residents guests staff manager floor unit every day week month rules".split(" ");
const AUDIENCE_SETS: Audience[][] = [["guest", "resident", "staff"], ["resident", "staff"], ["staff"]];
const PER_DOC = 50;

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export type Run = {
  ms: number[];
  embedMs: number[];
  /** CPU time of this process per query (user + system): what the query cost apart from waiting for a core */
  cpuMs: number[];
  /** the adapter's whole search (vector + text + fusion) */
  searchMs: number[];
  /** LanceDB's own path only: its vector search, its full-text search and the fusion, each alone */
  vectorMs?: number[];
  textMs?: number[];
  fusionMs?: number[];
  avgHits: number;
};

const embedder = offlineEmbedder();
type LanceHit = { chunk_id: string; document_id: string; title: string; text: string };

/** Chunks (with vectors) of `count` documents of PER_DOC chunks, from document number `first` on. */
async function makeChunks(r: () => number, first: number, count: number): Promise<ChunkRecord[]> {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: ChunkRecord[] = [];
  for (let k = 0; k < count; k++) {
    const d = first + k;
    const buildingId = d % 2 ? "bld_bench_b" : "bld_bench_a";
    const texts = Array.from({ length: PER_DOC }, () => {
      const topic = pick(TOPICS);
      const words = Array.from({ length: 90 }, () => (r() < 0.5 ? pick(topic) : pick(FILLER)));
      return `## ${topic[0]} ${topic[1]}\n\n${words.join(" ")}.`;
    });
    const vectors = await embedder.embed(texts);
    texts.forEach((text, i) => {
      out.push({
        chunkId: `doc${d}:${i}`,
        documentId: `doc${d}`,
        buildingId,
        title: `Document ${d}`,
        text,
        ordinal: i,
        audience: AUDIENCE_SETS[d % 3],
        vector: vectors[i],
      });
    });
  }
  return out;
}

/** The floor: every stored vector in one row-major Float32Array, scanned whole per query (filter, top 20). */
class Floor {
  dims = embedder.dimensions;
  vectors = new Float32Array(0);
  building: string[] = [];
  audience: Audience[][] = [];
  n = 0;
  add(chunks: ChunkRecord[]) {
    const next = new Float32Array((this.n + chunks.length) * this.dims);
    next.set(this.vectors.subarray(0, this.n * this.dims));
    chunks.forEach((c, i) => {
      next.set(c.vector, (this.n + i) * this.dims);
      this.building.push(c.buildingId);
      this.audience.push(c.audience);
    });
    this.vectors = next;
    this.n += chunks.length;
  }
  search(buildingId: string, audiences: Audience[], q: number[], depth: number): number[] {
    const best: { i: number; s: number }[] = [];
    const dims = this.dims;
    const v = this.vectors;
    for (let i = 0; i < this.n; i++) {
      if (this.building[i] !== buildingId || !this.audience[i].some((a) => audiences.includes(a))) continue;
      let s = 0;
      const o = i * dims;
      for (let d = 0; d < dims; d++) s += v[o + d] * q[d];
      if (best.length < depth || s > best[best.length - 1].s) {
        best.push({ i, s });
        best.sort((a, b) => b.s - a.s);
        if (best.length > depth) best.pop();
      }
    }
    return best.map((b) => b.i);
  }
}

const QUESTIONS = TOPICS.flatMap((t) => [
  `When is the ${t[0]} ${t[1]}?`,
  `rules about ${t[2]} and ${t[3]}`,
  `${t[4]} ${t[5]} question`,
]);
const AUDIENCES: Audience[][] = [["guest"], ["resident"], ["staff"], ["guest", "resident"]];
const ask = (i: number) => ({
  buildingId: i % 2 ? "bld_bench_b" : "bld_bench_a",
  audiences: AUDIENCES[i % AUDIENCES.length],
  query: QUESTIONS[i % QUESTIONS.length],
});

/**
 * Args: chunk counts (comma-separated, ascending: the index grows from one to the next), query count, and
 * "lance" to also time LanceDB's own query at the first size.
 */
async function main() {
  const sizes = String(process.argv[2] ?? "10000")
    .split(",")
    .map(Number);
  const queries = Number(process.argv[3] ?? 300);
  const withLance = process.argv[4] !== "no-lance";
  const r = rng(42);
  const dir = await mkdtemp(path.join(tmpdir(), "bench-retrieval-"));
  const phase = { embed: 0, search: 0 };
  const timedEmbedder: typeof embedder = {
    ...embedder,
    embed: async (texts) => {
      const t = performance.now();
      try {
        return await embedder.embed(texts);
      } finally {
        phase.embed += performance.now() - t;
      }
    },
  };
  let backend: SearchBackend | undefined;
  const open = async () => {
    await backend?.close?.();
    const lance = await createLanceBackend({ embedder, dir, autoOptimizeMs: 0 });
    backend = {
      ...lance,
      search: async (q) => {
        const t = performance.now();
        try {
          return await lance.search(q);
        } finally {
          phase.search += performance.now() - t;
        }
      },
    };
    setSearchEngineForTesting({ backend, embedder: timedEmbedder });
  };
  await open(); // creates the table
  // the seed's side: its own connection, big appends
  const db = await connect(dir);
  const store = await db.openTable((await db.tableNames())[0]);
  if (withLance)
    await store.createIndex("text", {
      config: Index.fts({ stem: true, removeStopWords: true, asciiFolding: true, lowercase: true }),
    });
  const floor = new Floor();

  const run = async (n: number): Promise<Run> => {
    const out: Run = { ms: [], cpuMs: [], embedMs: [], searchMs: [], avgHits: 0 };
    let returned = 0;
    for (let i = 0; i < n; i++) {
      phase.embed = 0;
      phase.search = 0;
      const cpu = process.cpuUsage();
      const t = performance.now();
      const hits = await searchKnowledge({ ...ask(i), k: 5 });
      out.ms.push(performance.now() - t);
      const used = process.cpuUsage(cpu);
      out.cpuMs.push((used.user + used.system) / 1000);
      out.embedMs.push(phase.embed);
      out.searchMs.push(phase.search);
      returned += hits.length;
    }
    out.avgHits = returned / n;
    return out;
  };
  /** LanceDB's own hybrid query, as the embedded backend ran it before the mirror, each step timed apart. */
  const runLance = async (n: number): Promise<Run> => {
    const out: Run = {
      ms: [],
      cpuMs: [],
      embedMs: [],
      searchMs: [],
      vectorMs: [],
      textMs: [],
      fusionMs: [],
      avgHits: 0,
    };
    let returned = 0;
    for (let i = 0; i < n; i++) {
      const { buildingId, audiences, query } = ask(i);
      const cpu = process.cpuUsage();
      const t0 = performance.now();
      const [vector] = await embedder.embed([query]);
      const t1 = performance.now();
      const filter = lanceFilter(buildingId, audiences);
      const byVector = (await store
        .vectorSearch(vector)
        .distanceType("cosine")
        .where(filter)
        .limit(20)
        .toArray()) as LanceHit[];
      const t2 = performance.now();
      const words = expandQuery(query)
        .replace(/[^\p{L}\p{N}]+/gu, " ")
        .trim();
      const byText = (await store
        .query()
        .fullTextSearch(words, { columns: ["text"] })
        .where(filter)
        .limit(20)
        .toArray()) as LanceHit[];
      const t3 = performance.now();
      const fused = reciprocalRankFusion([byVector, byText], (x) => x.chunk_id)
        .slice(0, 20)
        .map(
          ({ item, score }): Passage => ({
            documentId: item.document_id,
            title: item.title,
            chunkId: item.chunk_id,
            text: item.text,
            score,
            audience: [],
          }),
        );
      const t4 = performance.now();
      const hits = lexicalRerank(query, fused).slice(0, 5);
      const t5 = performance.now();
      out.ms.push(t5 - t0);
      const used = process.cpuUsage(cpu);
      out.cpuMs.push((used.user + used.system) / 1000);
      out.embedMs.push(t1 - t0);
      out.vectorMs?.push(t2 - t1);
      out.textMs?.push(t3 - t2);
      out.fusionMs?.push(t4 - t3);
      out.searchMs.push(t4 - t1);
      returned += hits.length;
    }
    out.avgHits = returned / n;
    return out;
  };

  const results = [];
  const lanceRuns: Record<string, Run> = {};
  try {
    let docs = 0;
    for (const [s, total] of sizes.entries()) {
      const add = Math.max(0, Math.ceil(total / PER_DOC) - docs);
      const tEmbed = performance.now();
      const chunks = await makeChunks(r, docs, add);
      const embedMs = performance.now() - tEmbed;
      docs += add;
      const tStore = performance.now();
      for (let i = 0; i < chunks.length; i += 10_000)
        await store.add(chunks.slice(i, i + 10_000).map(lanceRow));
      const storeMs = performance.now() - tStore;
      floor.add(chunks);
      chunks.length = 0;
      // a fresh process's view: the first search loads the mirror from the store
      await open();
      const tLoad = performance.now();
      await searchKnowledge({ buildingId: "bld_bench_a", audiences: ["guest"], query: "warm up" });
      const loadMs = performance.now() - tLoad;
      await run(5);
      const loaded = await run(queries);
      const floorMs: number[] = [];
      for (let i = 0; i < queries; i++) {
        const { buildingId, audiences, query } = ask(i);
        const t = performance.now();
        const [q] = await embedder.embed([query]);
        floor.search(buildingId, audiences, q, 20);
        floorMs.push(performance.now() - t);
      }
      let optimizeMs: number | undefined;
      if (withLance && s === 0) {
        lanceRuns.bulk = await runLance(Math.min(10, queries));
        const tOpt = performance.now();
        await store.optimize();
        optimizeMs = performance.now() - tOpt;
        await runLance(5);
        lanceRuns.optimized = await runLance(queries);
      }
      // one more document, as a manager's upload through the app: searched at once
      const upload = await makeChunks(r, docs, 1);
      docs += 1;
      const tUpload = performance.now();
      await backend?.replaceDocument(
        {
          id: upload[0].documentId,
          buildingId: upload[0].buildingId,
          title: upload[0].title,
          audience: upload[0].audience,
        },
        upload,
      );
      const uploadMs = performance.now() - tUpload;
      floor.add(upload);
      const afterUpload = await run(queries);
      if (withLance && s === 0) {
        await store.checkoutLatest();
        lanceRuns.afterUpload = await runLance(queries);
      }
      results.push({ total, embedMs, storeMs, loadMs, uploadMs, optimizeMs, loaded, afterUpload, floorMs });
    }
    console.log(JSON.stringify({ queries, perDoc: PER_DOC, lance: lanceRuns, results }));
  } finally {
    setSearchEngineForTesting(undefined);
    await backend?.close?.();
    db.close();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
