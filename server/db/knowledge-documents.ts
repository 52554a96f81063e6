import "server-only";
import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import type { KnowledgeDocument } from "@/lib/domain/knowledge-document";
import { db, tableName } from "./client";
import { findOne, getOne, toItem } from "./item";
import { keys } from "./keys";
import { type Page, type PageRequest, queryAll, queryPage } from "./query";
import { updateRecord } from "./update";
import { putItem } from "./write";

type B = { buildingId: string };

export async function putKnowledgeDocument({ document }: { document: KnowledgeDocument }) {
  await putItem(toItem(document, keys.knowledgeDocument(document.buildingId, document.id)));
  return document;
}

export function findKnowledgeDocument({
  buildingId,
  documentId,
}: B & { documentId: string }): Promise<KnowledgeDocument | null> {
  return findOne<KnowledgeDocument>(keys.knowledgeDocument(buildingId, documentId));
}

export function getKnowledgeDocument({
  buildingId,
  documentId,
}: B & { documentId: string }): Promise<KnowledgeDocument> {
  return getOne<KnowledgeDocument>(keys.knowledgeDocument(buildingId, documentId), "Document");
}

/** A building's documents, newest first. */
export async function listKnowledgeDocuments({
  buildingId,
  ...page
}: B & PageRequest): Promise<Page<KnowledgeDocument>> {
  return queryPage<KnowledgeDocument>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.knowledgeDocumentPrefix },
    ascending: false,
    ...page,
  });
}

/** Every document of a building (tens): for re-indexing on start-up. */
export async function listAllKnowledgeDocuments({ buildingId }: B): Promise<KnowledgeDocument[]> {
  return queryAll<KnowledgeDocument>({
    pk: keys.building(buildingId).pk,
    sk: { beginsWith: keys.knowledgeDocumentPrefix },
  });
}

/** The indexer reports progress: status, chunk count, error, indexedAt. */
export async function updateKnowledgeDocument({
  buildingId,
  documentId,
  patch,
}: B & {
  documentId: string;
  patch: Partial<
    Pick<
      KnowledgeDocument,
      "status" | "chunkCount" | "error" | "errorCode" | "pageCount" | "indexedAt" | "title" | "audience"
    >
  >;
}) {
  return updateRecord<KnowledgeDocument>({
    key: keys.knowledgeDocument(buildingId, documentId),
    set: { ...patch, updatedAt: new Date().toISOString() },
    what: "Document",
  });
}

export async function deleteKnowledgeDocument({ buildingId, documentId }: B & { documentId: string }) {
  await db().send(
    new DeleteCommand({ TableName: tableName(), Key: keys.knowledgeDocument(buildingId, documentId) }),
  );
}
