import "server-only";
import type { Handover, HandoverStatus } from "@/lib/domain/handover";
import { syncHandoverEntry } from "./home-summaries";
import { findOne, getOne, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { type EntityKeys, updateRecord } from "./update";
import { putIfAbsent } from "./write";

type B = { buildingId: string };

/** Every key of a hand-over: the table key (by conversation) and the inbox by status, oldest first (gsi2). */
export const handoverKeys = (h: Pick<Handover, "buildingId" | "id" | "status" | "openedAt">): EntityKeys => ({
  ...keys.handover(h.buildingId, h.id),
  ...keys.handoverByStatus(h.buildingId, h.status, h.openedAt, h.id),
});

/** Creates the conversation's hand-over; false when it already has one (then re-open it with `updateHandover`). */
export async function createHandover({ handover }: { handover: Handover }): Promise<boolean> {
  if (!(await putIfAbsent(toItem(handover, handoverKeys(handover))))) return false;
  await syncHandoverEntry(handover);
  return true;
}

export function findHandover({ buildingId, handoverId }: B & { handoverId: string }) {
  return findOne<Handover>(keys.handover(buildingId, handoverId));
}

export function getHandover({ buildingId, handoverId }: B & { handoverId: string }) {
  return getOne<Handover>(keys.handover(buildingId, handoverId), "Hand-over");
}

/** Saves a change only if nobody saved since `expectedUpdatedAt` was read (two staff claiming: one wins). */
export async function updateHandover({
  buildingId,
  handoverId,
  set,
  expectedUpdatedAt,
}: B & { handoverId: string; set: Partial<Handover> & { updatedAt: string }; expectedUpdatedAt: string }) {
  const saved = await updateRecord<Handover>({
    key: keys.handover(buildingId, handoverId),
    set,
    keysOf: handoverKeys,
    what: "Hand-over",
    condition: { expression: "updatedAt = :prev", values: { ":prev": expectedUpdatedAt } },
    conflictMessage: "The hand-over changed meanwhile; reload and try again.",
  });
  // the manager home's waiting hand-overs (issue 19)
  await syncHandoverEntry(saved);
  return saved;
}

/** The inbox: one status, oldest waiting first (gsi2). */
export function listHandoversByStatus({
  buildingId,
  status,
  ascending = true,
  ...page
}: B & { status: HandoverStatus; ascending?: boolean } & PageRequest): Promise<Page<Handover>> {
  return queryPage<Handover>({
    index: "gsi2",
    pk: partitions.handoversByStatus(buildingId, status),
    ascending,
    ...page,
  });
}
