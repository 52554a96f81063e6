import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import { atLeast, type BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Result = { n: number; delay: number; first: number[]; total: number[]; retrieval: number[] };

/**
 * Time to the first streamed token of a concierge answer with the offline model: retrieval over the demo
 * building's documents (embedded LanceDB, offline embedder), the persona's prompt, then `streamText`. Twice:
 * with no pause between chunks (the model's own cost) and with the app's default pacing (15 ms per chunk).
 * Needs no stack: the index lives in a temp dir.
 */
export const concierge: BenchModule = {
  name: "concierge",
  description: "Concierge time to first streamed token with the offline model (retrieval + prompt + stream)",
  async run(ctx) {
    const n = atLeast(ctx.options, 100);
    const runs: Result[] = [];
    for (const delay of [0, 15]) {
      ctx.log(`concierge: ${n} answers, ${delay} ms between chunks…`);
      const out = await runServerScript(
        root,
        "scripts/bench/concierge.worker.ts",
        [String(n), String(delay)],
        process.env,
        {
          capture: true,
        },
      );
      runs.push(JSON.parse(out.trim().split("\n").pop() ?? "{}") as Result);
    }
    const stat = (xs: number[]) => [ms(median(xs)), ms(percentile(xs, 95))];
    ctx.report(
      {
        title: "Concierge answer, offline model: time to first streamed token (in process, no HTTP)",
        columns: [
          "chunk pacing",
          "answers",
          "retrieval median ms",
          "first token median ms",
          "first token p95 ms",
          "whole answer median ms",
          "whole answer p95 ms",
        ],
        rows: runs.map((r) => [
          `${r.delay} ms`,
          r.n,
          ms(median(r.retrieval)),
          ...stat(r.first),
          ...stat(r.total),
        ]),
        notes: [
          "first token = from the question to the first text chunk out of streamText, retrieval included",
          "the app paces offline chunks by OFFLINE_MODEL_CHUNK_DELAY_MS (default 15) so answers visibly stream",
        ],
      },
      runs,
    );
  },
};
