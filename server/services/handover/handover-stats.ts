import "server-only";
import { HANDOVER_STATS_DAYS, type HandoverStats, handoverStatsOf } from "@/lib/domain/handover";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listClosedHandoverTimes } from "../../db/dashboard-queries";
import { readHomeSummaries } from "../../db/home-reads";
import type { HandoverEntry } from "../../db/home-summaries";
import type { Entries } from "../../db/summary-entries";

/** The waiting hand-overs' entries as the stats read them. */
export const waitingTimes = (entries: Entries<HandoverEntry> | undefined) =>
  [...(entries?.values() ?? [])].map((e) => ({ openedAt: e.o, firstReplyAt: e.f }));

/** Where the closed hand-overs counted by the stats start (opened at or after). */
export const handoverStatsSince = (now: Date) =>
  new Date(now.getTime() - HANDOVER_STATS_DAYS * 86_400_000).toISOString();

/**
 * The building's response time to people who asked for a person (lib/domain/handover.ts `handoverStatsOf`) in two
 * requests whatever the history (issue 19): the waiting hand-overs' summary item (kept by the hand-over writes) and
 * the last 30 days of closed ones (two short attributes each). The manager home reads the same in its own batch.
 */
export async function handoverStats(actor: Actor, now = new Date()): Promise<HandoverStats> {
  authorize(actor, "handover.manage");
  const b = actor.buildingId;
  const [summaries, closed] = await Promise.all([
    readHomeSummaries(b, { handovers: true }),
    listClosedHandoverTimes({ buildingId: b, since: handoverStatsSince(now) }),
  ]);
  return handoverStatsOf(waitingTimes(summaries.handovers), closed, now);
}
