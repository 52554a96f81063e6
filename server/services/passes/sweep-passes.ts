import "server-only";
import type { Building } from "@/lib/domain/building";
import { AppError } from "@/lib/errors";
import { getBuilding } from "../../db/buildings";
import { listDuePasses } from "../../db/passes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { queryEvery } from "../shared/query-every";
import { advancePass } from "./pass-door-access";

/**
 * Opens and closes pass windows that are due (one Query of the global due list, never a Scan): a weekly pass's
 * code goes onto its locks at each window's start and off at its end; a pass whose last window closed ends. Safe
 * with several instances: each move is claimed by a conditional update (advancePass), the loser skips it.
 */
export async function sweepPasses(
  now = new Date(),
  opts: { bridge?: MqttBridge | null } = {},
): Promise<{ moved: number }> {
  const bridge = opts.bridge === undefined ? mqttBridge() : opts.bridge;
  const due = await queryEvery((p) => listDuePasses({ now, ...p }));
  const buildings = new Map<string, Promise<Building>>();
  let moved = 0;
  for (const pass of due) {
    if (!buildings.has(pass.buildingId))
      buildings.set(pass.buildingId, getBuilding({ buildingId: pass.buildingId }));
    try {
      const after = await advancePass(
        pass,
        await (buildings.get(pass.buildingId) as Promise<Building>),
        now,
        bridge,
      );
      if (after !== pass) moved++;
    } catch (e) {
      if (e instanceof AppError && e.code === "conflict") continue; // another instance moved it
      logger.error("pass sweep failed", { passId: pass.id, error: String(e) });
    }
  }
  if (moved) logger.info("pass sweeper", { moved });
  return { moved };
}
