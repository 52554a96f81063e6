import "server-only";
import { type HandoverStats, medianFirstReplyMinutes } from "@/lib/domain/handover";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listHandoversByStatus } from "../../db/handovers";
import { queryEvery } from "../shared/query-every";

/**
 * The building's response time to people who asked for a person: how many wait now, and the median minutes from
 * the hand-over to the first staff reply over the last 30 days (claimed and closed ones; at most 2000 of each).
 */
export async function handoverStats(actor: Actor, now = new Date()): Promise<HandoverStats> {
  authorize(actor, "handover.manage");
  const b = { buildingId: actor.buildingId };
  const since = now.getTime() - 30 * 86_400_000;
  const [open, claimed, closed] = await Promise.all(
    (["open", "claimed", "closed"] as const).map((status) =>
      queryEvery((p) => listHandoversByStatus({ ...b, status, ...p })),
    ),
  );
  const recent = [...(open ?? []), ...(claimed ?? []), ...(closed ?? [])].filter(
    (h) => Date.parse(h.openedAt) >= since,
  );
  return {
    open:
      (open ?? []).filter((h) => !h.firstReplyAt).length +
      (claimed ?? []).filter((h) => !h.firstReplyAt).length,
    answered: recent.filter((h) => h.firstReplyAt).length,
    medianFirstReplyMinutes: medianFirstReplyMinutes(recent),
  };
}
