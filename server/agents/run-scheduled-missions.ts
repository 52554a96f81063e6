import "server-only";
import type { Mission } from "@/lib/domain/mission";
import { AppError } from "@/lib/errors";
import { listBuildings } from "../db/buildings";
import { listMissionsByStatus, saveMission } from "../db/missions";
import { logger } from "../logger";
import { queryEvery } from "../services/shared/query-every";
import { announce, laterThan, runMission } from "./director";
import { requesterActor } from "./requester";

/**
 * Scheduled missions whose next step's time has come run on, as their requester read again now (a resident who
 * moved out runs nothing: the step fails saying so). Reads each building's `scheduled` status list (gsi2, never a
 * Scan). Taking a mission is a conditional write on the `updatedAt` read, the lease: of several instances, or the
 * sweeper and a cancel arriving together, one wins and the others skip it.
 */
export async function runScheduledMissions(
  now = new Date(),
  opts: { buildingIds?: string[] } = {},
): Promise<{ started: number }> {
  let started = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const scheduled = await queryEvery((p) =>
      listMissionsByStatus({ buildingId: b.id, status: "scheduled", ...p }),
    );
    for (const m of scheduled) {
      if (!isDue(m, now)) continue;
      const taken = await take(m);
      if (!taken) continue;
      started++;
      await runTaken(taken, now).catch((e) =>
        logger.error("scheduled mission failed", { missionId: m.id, error: String(e) }),
      );
    }
  }
  if (started) logger.info("scheduled missions started", { started });
  return { started };
}

/** Its first step still to run has a time, and that time has come. */
export function isDue(m: Mission, now: Date): boolean {
  const next = m.steps.find((s) => s.status === "pending" || s.status === "approved");
  return !!next?.runAt && Date.parse(next.runAt) <= now.getTime();
}

async function take(m: Mission): Promise<Mission | null> {
  try {
    const taken = await saveMission({
      buildingId: m.buildingId,
      missionId: m.id,
      status: "running",
      steps: m.steps,
      expectedUpdatedAt: m.updatedAt,
      at: laterThan(m.updatedAt),
    });
    announce(taken);
    return taken;
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return null;
    throw e;
  }
}

async function runTaken(m: Mission, now: Date) {
  const actor = await requesterActor(m, now);
  if (actor) return runMission(actor, m, { now });
  const i = m.steps.findIndex((s) => s.status === "pending" || s.status === "approved");
  const steps = m.steps.map((s, j) =>
    j === i
      ? {
          ...s,
          status: "failed" as const,
          error: "The requester can no longer ask for this, so it did not run.",
          endedAt: now.toISOString(),
        }
      : j > i && (s.status === "pending" || s.status === "approved")
        ? { ...s, status: "skipped" as const }
        : s,
  );
  const saved = await saveMission({
    buildingId: m.buildingId,
    missionId: m.id,
    status: "failed",
    steps,
    expectedUpdatedAt: m.updatedAt,
    at: laterThan(m.updatedAt),
  });
  announce(saved);
}
