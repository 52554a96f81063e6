/**
 * `npm run eval:rag`: retrieval quality on the demo documents. Indexes both demo buildings' documents into a
 * LanceDB in a temp dir with the configured embedder (offline by default), asks every question of
 * scripts/eval-rag/questions.ts with the asker's building and audience, and prints:
 * - recall@5: share of questions with a passage of the expected document containing the expected fact in the top 5;
 * - top-1 accuracy: the same for the first passage alone;
 * - citation accuracy: the offline model's answer (server/ai/offline-answer.ts) over those passages cites at least
 *   one passage containing the fact;
 * - leaks: passages returned from a document outside the asker's audience or building (must be 0).
 * Then the handbook evaluation (scripts/eval-rag/run-handbooks.ts): 92 questions over two handbooks written for
 * it, per category (paraphrase, multi-fact, es, pt-BR, safety, not-in-documents, follow-up), through the offline
 * concierge: recall@5, answer accuracy (the expected facts appear in the answer, and safety questions also called
 * their tool), citation accuracy and refusal accuracy. `--verbose` lists the wrong answers.
 * Exits 1 when anything leaked, demo recall@5 < 0.9, or the handbook targets are missed (recall@5 ≥ 0.9, answer
 * accuracy ≥ 0.85, every category ≥ 0.75, refusals ≥ 0.9).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { answerFromSources } from "@/server/ai/offline-answer";
import { embedderFromEnv } from "@/server/search/embeddings/embedder";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import {
  indexDocument,
  type Passage,
  searchKnowledge,
  setSearchEngineForTesting,
} from "@/server/search/search";
import { FORBIDDEN, QUESTIONS } from "./eval-rag/questions";
import { evalHandbooks, indexHandbooks } from "./eval-rag/run-handbooks";
import { DEMO_BUILDINGS } from "./seed-data/buildings";
import { demoDocuments } from "./seed-data/documents";

const K = 5;

function citedPassages(answer: string, passages: Passage[]): Passage[] {
  const ids = new Set([...answer.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  return passages.filter((_, i) => ids.has(i + 1));
}

async function main() {
  const dir = await mkdtemp(path.join(tmpdir(), "eval-rag-"));
  const embedder = embedderFromEnv();
  const backend = await createLanceBackend({ embedder, dir });
  setSearchEngineForTesting({ backend, embedder });
  try {
    let chunks = 0;
    for (const spec of DEMO_BUILDINGS) {
      for (const d of demoDocuments(spec)) {
        chunks += (await indexDocument({ ...d, buildingId: spec.id }, d.text)).chunkCount;
      }
    }
    chunks += await indexHandbooks();
    const buildingOf = (slug = "harbor") => (slug === "summit" ? DEMO_BUILDINGS[1] : DEMO_BUILDINGS[0]);
    let found = 0;
    let top1 = 0;
    let cited = 0;
    let leaks = 0;
    const latencies: number[] = [];
    const misses: string[] = [];
    for (const q of QUESTIONS) {
      const spec = buildingOf(q.building);
      const audiences = q.audiences ?? ["guest"];
      const t = performance.now();
      const passages = await searchKnowledge({ buildingId: spec.id, audiences, query: q.question, k: K });
      latencies.push(performance.now() - t);
      const expectedId = `doc_${spec.slug}_${q.doc}`;
      const good = (p: Passage) => p.documentId === expectedId && p.text.includes(q.fact);
      const allowedDocs = new Set(
        demoDocuments(spec)
          .filter((d) => d.audience.some((a) => audiences.includes(a)))
          .map((d) => d.id),
      );
      leaks += passages.filter((p) => !allowedDocs.has(p.documentId)).length;
      if (passages.some(good)) found++;
      else
        misses.push(`  miss: "${q.question}" (${spec.slug}) → ${passages.map((p) => p.chunkId).join(", ")}`);
      if (passages[0] && good(passages[0])) top1++;
      else if (process.argv.includes("--verbose"))
        console.log(`  not first: "${q.question}" → ${passages[0]?.text.slice(0, 80).replace(/\s+/g, " ")}`);
      const answer = answerFromSources(q.question, {
        language: "en",
        refuseTopics: [],
        escalationTriggers: [],
        contact: "the front desk",
        escalationMessage: "",
        languageNote: "",
        sources: passages.map((p, i) => ({ id: i + 1, title: p.title, text: p.text })),
      });
      if (citedPassages(answer, passages).some((p) => p.text.includes(q.fact))) cited++;
      else if (process.argv.includes("--verbose"))
        misses.push(`  uncited: "${q.question}" → ${answer.replace(/\s+/g, " ").slice(0, 160)}`);
    }
    for (const f of FORBIDDEN) {
      for (const spec of DEMO_BUILDINGS) {
        const passages = await searchKnowledge({
          buildingId: spec.id,
          audiences: f.audiences,
          query: f.question,
          k: K,
        });
        leaks += passages.filter((p) => p.documentId === `doc_${spec.slug}_${f.notDoc}`).length;
      }
    }
    const n = QUESTIONS.length;
    const sorted = [...latencies].sort((a, b) => a - b);
    const fmt = (x: number) => x.toFixed(3);
    console.log(
      `eval:rag — ${n} questions, ${FORBIDDEN.length * DEMO_BUILDINGS.length} audience probes, ${chunks} chunks, embedder ${embedder.id}, lancedb hybrid`,
    );
    for (const m of misses) console.log(m);
    console.log(`recall@${K}            ${fmt(found / n)} (${found}/${n})`);
    console.log(`top-1 accuracy        ${fmt(top1 / n)} (${top1}/${n})`);
    console.log(
      `citation accuracy     ${fmt(cited / n)} (${cited}/${n}, offline model's cited passages contain the fact)`,
    );
    console.log(`audience/building leaks ${leaks}`);
    console.log(`query latency         median ${sorted[Math.floor(n / 2)].toFixed(1)} ms`);
    const hb = await evalHandbooks(console.log, process.argv.includes("--verbose"));
    const missed = hb.recall < 0.9 || hb.answer < 0.85 || hb.worstCategory < 0.75 || hb.refusal < 0.9;
    if (found / n < 0.9 || leaks > 0 || missed) process.exitCode = 1;
  } finally {
    setSearchEngineForTesting(undefined);
    await backend.close?.();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error("[eval:rag] failed:", e);
  process.exit(1);
});
