/**
 * Runs in a child process with the react-server condition (server/search is server-only). Fills a LanceDB in a
 * temp dir with synthetic chunks over two buildings and three audiences, then times `searchKnowledge` (offline
 * embedding + filtered vector search + filtered full-text search + fusion), before and after `optimize()`.
 * Prints one JSON line. Args: chunk count, query count.
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

async function main() {
  const total = Number(process.argv[2] ?? 10_000);
  const queries = Number(process.argv[3] ?? 300);
  const perDoc = 50;
  const r = rng(42);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const dir = await mkdtemp(path.join(tmpdir(), "bench-retrieval-"));
  const embedder = offlineEmbedder();
  const backend = await createLanceBackend({ embedder, dir, autoOptimizeMs: 0 });
  setSearchEngineForTesting({ backend, embedder });
  try {
    const tIndex = performance.now();
    let embedMs = 0;
    for (let d = 0; d * perDoc < total; d++) {
      const buildingId = d % 2 ? "bld_bench_b" : "bld_bench_a";
      const audience = AUDIENCE_SETS[d % 3];
      const texts = Array.from({ length: Math.min(perDoc, total - d * perDoc) }, () => {
        const topic = pick(TOPICS);
        const words = Array.from({ length: 90 }, () => (r() < 0.5 ? pick(topic) : pick(FILLER)));
        return `## ${topic[0]} ${topic[1]}\n\n${words.join(" ")}.`;
      });
      const te = performance.now();
      const vectors = await embedder.embed(texts);
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
    const indexMs = performance.now() - tIndex;
    const questions = TOPICS.flatMap((t) => [
      `When is the ${t[0]} ${t[1]}?`,
      `rules about ${t[2]} and ${t[3]}`,
      `${t[4]} ${t[5]} question`,
    ]);
    const audiences: Audience[][] = [["guest"], ["resident"], ["staff"], ["guest", "resident"]];
    const run = async (queries: number) => {
      const ms: number[] = [];
      let returned = 0;
      for (let i = 0; i < queries; i++) {
        const t = performance.now();
        const hits = await searchKnowledge({
          buildingId: i % 2 ? "bld_bench_b" : "bld_bench_a",
          audiences: audiences[i % audiences.length],
          query: questions[i % questions.length],
          k: 5,
        });
        ms.push(performance.now() - t);
        returned += hits.length;
      }
      return { ms, avgHits: returned / queries };
    };
    for (let i = 0; i < 10; i++)
      await searchKnowledge({ buildingId: "bld_bench_a", audiences: ["guest"], query: "warm up" });
    // Unfolded rows are slow to search (~1 s a query at 10k): a short run shows it, the full run is after optimize().
    const asWritten = await run(Math.min(40, queries));
    const tOpt = performance.now();
    await backend.optimize?.();
    const optimizeMs = performance.now() - tOpt;
    const optimized = await run(queries);
    console.log(JSON.stringify({ total, queries, indexMs, embedMs, optimizeMs, asWritten, optimized }));
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
