/**
 * Runs in a child process with the react-server condition (server/search is server-only). Makes text PDFs of
 * 1, 20 and 100 pages with pdf-lib and times what indexing a PDF does before the index write: `extractPdfText`
 * (pdf.js, in this thread) and chunking. Also records the longest event-loop stall while extracting, since pdf.js
 * runs on the main thread. Prints one JSON line. Arg: runs per size.
 */
import { chunkDocument } from "@/server/search/chunk";
import { extractPdfText, pdfPagesToMarkdown } from "@/server/search/pdf-text";
import { longRules, textPdf } from "@/test/pdf-fixtures";

async function main() {
  const runs = Math.max(3, Number(process.argv[2] ?? 10));
  const result: {
    pages: number;
    bytes: number;
    extractMs: number[];
    chunkMs: number[];
    chunks: number;
    maxStallMs: number;
  }[] = [];
  for (const pages of [1, 20, 100]) {
    const pdf = await textPdf(longRules(pages));
    const extractMs: number[] = [];
    const chunkMs: number[] = [];
    let chunks = 0;
    // a 5 ms ticker: the longest gap between its ticks is the longest time the event loop was held
    let last = performance.now();
    let maxStall = 0;
    let measuring = false;
    const ticker = setInterval(() => {
      const now = performance.now();
      if (measuring) maxStall = Math.max(maxStall, now - last - 5);
      last = now;
    }, 5);
    for (let i = 0; i <= runs; i++) {
      if (i === 1) measuring = true; // the first run loads pdf.js: a warm-up, not measured
      const t0 = performance.now();
      const { pages: read } = await extractPdfText(pdf);
      const t1 = performance.now();
      chunks = chunkDocument(pdfPagesToMarkdown(read)).length;
      const t2 = performance.now();
      // let the ticker run between files, so a stall is measured per extraction, not across them
      await new Promise((r) => setTimeout(r, 20));
      if (i > 0) {
        extractMs.push(t1 - t0);
        chunkMs.push(t2 - t1);
      }
    }
    clearInterval(ticker);
    result.push({ pages, bytes: pdf.length, extractMs, chunkMs, chunks, maxStallMs: maxStall });
  }
  console.log(JSON.stringify(result));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
