/**
 * Runs in a child process with the react-server condition (server/search is server-only). Fills a LanceDB in a
 * temp dir with synthetic chunks over two buildings and three audiences, then times `searchKnowledge` (offline
 * embedding + filtered vector search + filtered full-text search + fusion), before and after `optimize()`.
 * Prints one JSON line.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Audience } from "@/lib/domain/knowledge-document";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import { searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import type { ChunkRecord } from "@/server/search/types";

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

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

type Run = { ms: number[]; embedMs: number[]; searchMs: number[]; avgHits: number };

/** Synthetic chunks of `count` documents of `perDoc` chunks, from document number `first` on. */
function makeDocs(
  r: () => number,
  first: number,
  count: number,
  perDoc: number,
): { d: number; buildingId: string; audience: Audience[]; texts: string[] }[] {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  return Array.from({ length: count }, (_, k) => {
    const d = first + k;
    return {
      d,
      buildingId: d % 2 ? "bld_bench_b" : "bld_bench_a",
      audience: AUDIENCE_SETS[d % 3],
      texts: Array.from({ length: perDoc }, () => {
        const topic = pick(TOPICS);
        const words = Array.from({ length: 90 }, () => (r() < 0.5 ? pick(topic) : pick(FILLER)));
        return `## ${topic[0]} ${topic[1]}\n\n${words.join(" ")}.`;
      }),
    };
  });
}

/**
 * Args: chunk counts (comma-separated, ascending: the index grows from one to the next), query count.
 * For each size: bulk load, optimize, time queries; then one more document uploaded and queries timed at once,
 * before any optimize folds it in (the state right after a manager's upload). Per query, the embedding and the
 * adapter's search are timed apart; the rest is the lexical re-rank and fusion.
 */
async function main() {
  const sizes = String(process.argv[2] ?? "10000")
    .split(",")
    .map(Number);
  const queries = Number(process.argv[3] ?? 300);
  const perDoc = 50;
  const r = rng(42);
  const dir = await mkdtemp(path.join(tmpdir(), "bench-retrieval-"));
  const base = offlineEmbedder();
  const phase = { embed: 0, search: 0 };
  const embedder: typeof base = {
    ...base,
    embed: async (texts) => {
      const t = performance.now();
      try {
        return await base.embed(texts);
      } finally {
        phase.embed += performance.now() - t;
      }
    },
  };
  const lance = await createLanceBackend({ embedder: base, dir, autoOptimizeMs: 0 });
  const backend: typeof lance = {
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
  setSearchEngineForTesting({ backend, embedder });
  const questions = TOPICS.flatMap((t) => [
    `When is the ${t[0]} ${t[1]}?`,
    `rules about ${t[2]} and ${t[3]}`,
    `${t[4]} ${t[5]} question`,
  ]);
  const audiences: Audience[][] = [["guest"], ["resident"], ["staff"], ["guest", "resident"]];
  const run = async (n: number): Promise<Run> => {
    const out: Run = { ms: [], embedMs: [], searchMs: [], avgHits: 0 };
    let returned = 0;
    for (let i = 0; i < n; i++) {
      phase.embed = 0;
      phase.search = 0;
      const t = performance.now();
      const hits = await searchKnowledge({
        buildingId: i % 2 ? "bld_bench_b" : "bld_bench_a",
        audiences: audiences[i % audiences.length],
        query: questions[i % questions.length],
        k: 5,
      });
      out.ms.push(performance.now() - t);
      out.embedMs.push(phase.embed);
      out.searchMs.push(phase.search);
      returned += hits.length;
    }
    out.avgHits = returned / n;
    return out;
  };
  const index = async (docs: ReturnType<typeof makeDocs>) => {
    let embedMs = 0;
    for (const { d, buildingId, audience, texts } of docs) {
      const te = performance.now();
      const vectors = await base.embed(texts);
      embedMs += performance.now() - te;
      const chunks: ChunkRecord[] = texts.map((text, i) => ({
        chunkId: `doc${d}:${i}`,
        documentId: `doc${d}`,
        buildingId,
        title: `Document ${d}`,
        text,
        ordinal: i,
        audience,
        vector: vectors[i],
      }));
      await backend.replaceDocument({ id: `doc${d}`, buildingId, title: `Document ${d}`, audience }, chunks);
    }
    return embedMs;
  };
  const results = [];
  try {
    let docs = 0;
    let bulkBeforeOptimize: Run | undefined;
    for (const total of sizes) {
      const add = Math.max(0, Math.ceil(total / perDoc) - docs);
      const tIndex = performance.now();
      const embedMs = await index(makeDocs(r, docs, add, perDoc));
      docs += add;
      const indexMs = performance.now() - tIndex;
      for (let i = 0; i < 5; i++)
        await searchKnowledge({ buildingId: "bld_bench_a", audiences: ["guest"], query: "warm up" });
      // a bulk load never optimized (only a seed leaves the index so): a few queries at the first size show it
      if (!bulkBeforeOptimize) bulkBeforeOptimize = await run(Math.min(10, queries));
      const tOpt = performance.now();
      await backend.optimize?.();
      const optimizeMs = performance.now() - tOpt;
      await run(5);
      const optimized = await run(queries);
      // one more document, as a manager's upload: searched at once, before any optimize folds it in
      await index(makeDocs(r, docs, 1, perDoc));
      docs += 1;
      const afterUpload = await run(queries);
      await backend.optimize?.();
      results.push({ total, indexMs, embedMs, optimizeMs, optimized, afterUpload });
    }
    console.log(JSON.stringify({ queries, perDoc, bulkBeforeOptimize, results }));
  } finally {
    setSearchEngineForTesting(undefined);
    await backend.close?.();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
