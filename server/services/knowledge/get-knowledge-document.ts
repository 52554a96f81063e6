import "server-only";
import { type KnowledgeDocumentDTO, toKnowledgeDocumentDTO } from "@/lib/domain/knowledge-document";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getKnowledgeDocument } from "../../db/knowledge-documents";

/** One document of the actor's building (another building's id is simply not found: the key starts with ours). */
export async function getKnowledgeDocumentForActor(
  actor: Actor,
  documentId: string,
): Promise<KnowledgeDocumentDTO> {
  authorize(actor, "knowledge.manage");
  return toKnowledgeDocumentDTO(await getKnowledgeDocument({ buildingId: actor.buildingId, documentId }));
}
