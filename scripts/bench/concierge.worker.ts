/**
 * Runs in a child process with the react-server condition (server/ai and server/search are server-only).
 * Indexes the demo building's documents in a temp LanceDB, then per question: retrieval (k=5, guest audience),
 * the persona's system prompt, and the offline model streaming through `streamText`; it times the first text
 * chunk and the last. Prints one JSON line. Args: question count, chunk delay ms.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { streamText } from "ai";
import { OfflineLanguageModel } from "@/server/ai/offline-model";
import { buildSystemPrompt } from "@/server/ai/prompt";
import { offlineEmbedder } from "@/server/search/embeddings/offline";
import { createLanceBackend } from "@/server/search/lancedb-backend";
import { indexDocument, searchKnowledge, setSearchEngineForTesting } from "@/server/search/search";
import { HARBOR } from "../seed-data/buildings";
import { demoDocuments } from "../seed-data/documents";

const QUESTIONS = [
  "When are the quiet hours?",
  "What time is check-out?",
  "Where does recycling go?",
  "How does my door code work?",
  "Can guests bring a pet?",
  "Where is the bike room?",
];

async function main() {
  const n = Number(process.argv[2] ?? 200);
  const delay = Number(process.argv[3] ?? 0);
  const dir = await mkdtemp(path.join(tmpdir(), "concierge-bench-"));
  const embedder = offlineEmbedder();
  const backend = await createLanceBackend({ embedder, dir });
  setSearchEngineForTesting({ backend, embedder });
  const config = HARBOR.building.config;
  for (const d of demoDocuments(HARBOR)) {
    await indexDocument({ id: d.id, buildingId: "bld_bench", title: d.title, audience: d.audience }, d.text);
  }
  const model = new OfflineLanguageModel({ chunkDelayMs: delay });
  const first: number[] = [];
  const total: number[] = [];
  const retrieval: number[] = [];
  for (let i = 0; i < n + 10; i++) {
    const question = QUESTIONS[i % QUESTIONS.length];
    const t0 = performance.now();
    const passages = await searchKnowledge({
      buildingId: "bld_bench",
      audiences: ["guest"],
      query: question,
      k: 5,
    });
    const t1 = performance.now();
    const system = buildSystemPrompt({
      buildingName: HARBOR.building.name,
      persona: config.persona,
      language: "en",
      role: "guest",
      passages,
    });
    const result = streamText({ model, system, prompt: question });
    let firstAt = 0;
    for await (const _ of result.textStream) if (!firstAt) firstAt = performance.now();
    const end = performance.now();
    if (i < 10) continue; // warm-up
    retrieval.push(t1 - t0);
    first.push(firstAt - t0);
    total.push(end - t0);
  }
  setSearchEngineForTesting(undefined);
  await backend.close?.();
  await rm(dir, { recursive: true, force: true });
  console.log(JSON.stringify({ n, delay, first, total, retrieval }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
