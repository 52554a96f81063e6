import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import { type KnowledgeDocumentDTO, toKnowledgeDocumentDTO } from "@/lib/domain/knowledge-document";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listKnowledgeDocuments as listKnowledgeDocumentsRecord } from "../../db/knowledge-documents";
import type { PageRequest } from "../../db/query";

/** The building's knowledge documents, newest first, without their text. Managers only. */
export async function listKnowledgeDocuments(
  actor: Actor,
  page: PageRequest,
): Promise<PageDTO<KnowledgeDocumentDTO>> {
  authorize(actor, "knowledge.manage");
  const p = await listKnowledgeDocumentsRecord({ buildingId: actor.buildingId, ...page });
  return { items: p.items.map(toKnowledgeDocumentDTO), cursor: p.cursor };
}
