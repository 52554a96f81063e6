import { listAllKnowledgeDocuments } from "@/server/db/knowledge-documents";
import { optimizeIndex, searchBackendName } from "@/server/search/search";
import { ensureKnowledgeIndexed } from "@/server/services/knowledge/index-knowledge-document";

/**
 * Puts the demo buildings' knowledge documents into the search index (the embedded one under VECTOR_DIR by
 * default). Idempotent: a document already indexed with all its chunks is skipped, so this runs on every seed,
 * including "already seeded", and refills a fresh vector directory.
 */
export async function indexDemoKnowledge(buildingIds: string[], log: (m: string) => void = console.log) {
  const started = Date.now();
  let total = 0;
  let indexed = 0;
  for (const buildingId of buildingIds) {
    const docs = await listAllKnowledgeDocuments({ buildingId });
    total += docs.length;
    indexed += await ensureKnowledgeIndexed(docs);
  }
  if (indexed > 0) await optimizeIndex();
  log(
    `[seed] knowledge: ${indexed} of ${total} documents (re)indexed in ${searchBackendName()} in ${Date.now() - started} ms`,
  );
}
