import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { Handover, HandoverStatus } from "@/lib/domain/handover";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listHandoversByStatus } from "../../db/handovers";

/** The staff inbox: one status's hand-overs, the longest waiting first (closed ones: the latest first). */
export async function listHandovers(
  actor: Actor,
  q: { status: HandoverStatus; limit: number; cursor?: string },
): Promise<PageDTO<Handover>> {
  authorize(actor, "handover.manage");
  const page = await listHandoversByStatus({
    buildingId: actor.buildingId,
    status: q.status,
    ascending: q.status !== "closed",
    limit: q.limit,
    cursor: q.cursor,
  });
  return { items: page.items, cursor: page.cursor };
}
