import "server-only";
import type { Alarm } from "@/lib/domain/alarm";
import { logger } from "../../logger";
import { commandDevice } from "../devices/command-device";
import { alarmRulesActor } from "./system-actor";

/**
 * Closes the valve without a mission (the building runs no missions, or the rule asks for none). A valve the
 * building wants approved first is left to staff: without a mission there is no step to approve, so nothing is
 * sent and the ticket says what to do.
 */
export async function shutOffDirectly(
  alarm: Pick<Alarm, "id" | "buildingId">,
  valve: { deviceId: string; requireApproval: boolean },
): Promise<string | null> {
  if (valve.requireApproval) return null;
  try {
    const c = await commandDevice(alarmRulesActor(alarm.buildingId), {
      deviceId: valve.deviceId,
      action: "close",
    });
    logger.info("shut-off valve", { alarmId: alarm.id, deviceId: valve.deviceId, status: c.status });
    return c.status;
  } catch (e) {
    logger.error("shut-off valve failed", { alarmId: alarm.id, deviceId: valve.deviceId, error: String(e) });
    return null;
  }
}
