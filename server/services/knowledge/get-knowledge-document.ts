import "server-only";
import { type KnowledgeDocumentDTO, toKnowledgeDocumentDTO } from "@/lib/domain/knowledge-document";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getKnowledgeDocument as getKnowledgeDocumentRecord } from "../../db/knowledge-documents";

/** One document of the actor's building (another building's id is simply not found: the key starts with ours). */
export async function getKnowledgeDocument(actor: Actor, documentId: string): Promise<KnowledgeDocumentDTO> {
  authorize(actor, "knowledge.manage");
  return toKnowledgeDocumentDTO(
    await getKnowledgeDocumentRecord({ buildingId: actor.buildingId, documentId }),
  );
}
