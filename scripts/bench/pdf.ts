import { fileURLToPath } from "node:url";
import { runServerScript } from "./data";
import { median, ms, percentile } from "./stats";
import type { BenchModule } from "./types";

const root = fileURLToPath(new URL("../..", import.meta.url));
type Row = {
  pages: number;
  bytes: number;
  extractMs: number[];
  chunkMs: number[];
  chunks: number;
  maxStallMs: number;
};

/** PDF knowledge documents: text extraction (pdf-parse / pdf.js) and chunking per PDF size. Needs no stack. */
export const pdf: BenchModule = {
  name: "pdf",
  description: "PDF text extraction and chunking for knowledge documents (1, 20, 100 pages)",
  async run(ctx) {
    const runs = ctx.options.quick ? 1 : Math.min(Math.max(ctx.options.n, 5), 30);
    const out = await runServerScript(root, "scripts/bench/pdf.worker.ts", [String(runs)], process.env, {
      capture: true,
    });
    const rows = JSON.parse(out.trim().split("\n").pop() ?? "[]") as Row[];
    ctx.report(
      {
        title:
          "PDF knowledge documents: extractPdfText + chunking, per file (pdf-lib generated, 40 lines a page)",
        columns: [
          "pages",
          "kB",
          "runs",
          "extract median ms",
          "extract p95 ms",
          "chunk median ms",
          "passages",
          "longest stall ms",
        ],
        rows: rows.map((r) => [
          r.pages,
          Math.round(r.bytes / 1024),
          r.extractMs.length,
          ms(median(r.extractMs)),
          ms(percentile(r.extractMs, 95)),
          ms(median(r.chunkMs)),
          r.chunks,
          ms(r.maxStallMs),
        ]),
        notes: [
          "pdf.js runs on the main thread in Node: the longest stall is how long one extraction held the event loop",
          "the first extraction of a process also loads pdf.js (not measured here); embedding and the index write come after",
        ],
      },
      rows,
    );
  },
};
