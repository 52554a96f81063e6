import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Run = { ms: number[]; avgHits: number };
type Result = {
  total: number;
  queries: number;
  indexMs: number;
  embedMs: number;
  optimizeMs: number;
  asWritten: Run;
  optimized: Run;
};

/**
 * The concierge's retrieval: `searchKnowledge` over the embedded LanceDB index with the offline embedder, at
 * 10,000 synthetic chunks (two buildings, three audience sets), each query filtered by building and audience.
 * Needs no stack: the index lives in a temp dir.
 */
export const retrieval: BenchModule = {
  name: "retrieval",
  description: "Knowledge search latency (offline embedder + LanceDB hybrid) over 10,000 chunks",
  async run(ctx) {
    const chunks = ctx.options.quick
      ? 300
      : Math.max(10_000, Number(process.env.BENCH_RETRIEVAL_CHUNKS || 10_000));
    const queries = atLeast(ctx.options, 300);
    ctx.log(`retrieval: indexing ${chunks} synthetic chunks in a temp dir…`);
    const out = await runServerScript(
      root,
      "scripts/bench/retrieval.worker.ts",
      [String(chunks), String(queries)],
      process.env,
      {
        capture: true,
      },
    );
    const r = JSON.parse(out.trim().split("\n").pop() ?? "{}") as Result;
    const row = (label: string, run: Run) => [
      label,
      run.ms.length,
      ms(median(run.ms)),
      ms(percentile(run.ms, 95)),
      ms(percentile(run.ms, 99)),
      run.avgHits,
    ];
    ctx.report(
      {
        title: `Knowledge search (searchKnowledge, k=5, building + audience filter) over ${r.total.toLocaleString("en-US")} chunks, lancedb + offline embedder`,
        columns: ["index state", "queries", "median ms", "p95 ms", "p99 ms", "hits/query"],
        rows: [
          row("as written (rows not yet folded into the FTS index)", r.asWritten),
          row("after optimize()", r.optimized),
        ],
        notes: [
          `indexing ${r.total} chunks took ${ms(r.indexMs)} ms (of which offline embedding ${ms(r.embedMs)} ms); optimize() ${ms(r.optimizeMs)} ms`,
          "each query: embed the question, filtered vector search and filtered full-text search in parallel, reciprocal rank fusion",
        ],
      },
      r,
    );
  },
};
