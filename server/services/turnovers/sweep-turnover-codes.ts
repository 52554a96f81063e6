import "server-only";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Turnover } from "@/lib/domain/turnover";
import { AppError } from "@/lib/errors";
import { listBuildings } from "../../db/buildings";
import { findReservation } from "../../db/reservations";
import { listTurnoversBetween, updateTurnover } from "../../db/turnovers";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { queryEvery } from "../shared/query-every";
import { revokeTurnoverDoorCode } from "./turnover-door-code";

/** How far back and ahead the sweep reads turnovers: codes are issued at assignment, days before the cleaning. */
export const TURNOVER_SWEEP_BACK_DAYS = 7;
export const TURNOVER_SWEEP_AHEAD_DAYS = 60;

/**
 * Ends stale cleaning codes: a turnover's code still live whose window has passed, whose turnover was cancelled,
 * or whose stay was cancelled while the turnover stayed open (a sync that failed). Each is claimed first by
 * marking the code revoked (a write conditioned on the turnover as read, so one instance ends it), then every lock
 * is sent `delete_code` and the codes are marked "removal asked". A turnover of a cancelled stay is cancelled too.
 * Reads a bounded window of dates per building through the by-date index (never a Scan).
 */
export async function sweepTurnoverCodes(
  now = new Date(),
  opts: { buildingIds?: string[]; bridge?: MqttBridge | null } = {},
): Promise<{ ended: number }> {
  const bridge = opts.bridge === undefined ? mqttBridge() : opts.bridge;
  let ended = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    const today = todayIn(b.timezone, now);
    const turnovers = await queryEvery((p) =>
      listTurnoversBetween({
        buildingId: b.id,
        from: addDays(today, -TURNOVER_SWEEP_BACK_DAYS),
        to: addDays(today, TURNOVER_SWEEP_AHEAD_DAYS),
        ...p,
      }),
    );
    for (const t of turnovers) {
      if (!t.access || t.access.revokedAt) continue;
      const reason = await staleReason(t, now);
      if (!reason) continue;
      try {
        if (await endCode(t, reason, now, bridge)) ended++;
      } catch (e) {
        logger.error("stale cleaning code not ended", { turnoverId: t.id, error: String(e) });
      }
    }
  }
  if (ended) logger.info("stale cleaning codes ended", { ended });
  return { ended };
}

type Stale = "expired" | "cancelled" | "stay_cancelled";

async function staleReason(t: Turnover, now: Date): Promise<Stale | null> {
  if (t.status === "cancelled") return "cancelled";
  if (t.validUntil <= now.toISOString()) return "expired";
  if (t.status === "ready") return null;
  const stay = await findReservation({ buildingId: t.buildingId, reservationId: t.reservationId });
  return !stay || stay.status === "cancelled" ? "stay_cancelled" : null;
}

async function endCode(t: Turnover, reason: Stale, now: Date, bridge: MqttBridge | null): Promise<boolean> {
  const at = now.toISOString();
  const access = t.access;
  if (!access) return false;
  try {
    await updateTurnover({
      current: t,
      patch: {
        access: { ...access, revokedAt: at },
        ...(reason === "stay_cancelled" ? { status: "cancelled" as const } : {}),
      },
    });
  } catch (e) {
    if (e instanceof AppError && e.code === "conflict") return false;
    throw e;
  }
  // the claim is ours: take the code off every lock (the turnover as read still has the live code)
  await revokeTurnoverDoorCode(t, at, bridge);
  return true;
}
