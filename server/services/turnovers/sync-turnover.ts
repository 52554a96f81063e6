import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { type Turnover, turnoverSlot } from "@/lib/domain/turnover";
import { AppError } from "@/lib/errors";
import { getBuilding } from "../../db/buildings";
import { createTurnoverIfAbsent, findTurnover, updateTurnover } from "../../db/turnovers";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { issueTurnoverDoorCode, revokeTurnoverDoorCode } from "./turnover-door-code";

const DONE = new Set(["ready", "cancelled"]);

/**
 * Keeps a stay's turnover in step with the stay (called when a stay is created, changed or cancelled, and when a
 * day's turnovers are listed): one per stay, made with a put-if-absent keyed on the stay, so calling it any
 * number of times, from any instance, makes one. A cancelled stay cancels its open turnover and takes its code
 * off; moved dates move the turnover's date and window, and an issued code is replaced by one for the new window.
 * The building's `turnoverTiming` puts it after the stay's departure (default) or before its arrival.
 */
export async function syncTurnover(
  r: Reservation,
  building: Building,
  bridge: MqttBridge | null = mqttBridge(),
): Promise<Turnover | null> {
  const existing = await findTurnover({ buildingId: r.buildingId, turnoverId: r.id });
  const now = new Date().toISOString();
  if (r.status === "cancelled") {
    if (!existing || DONE.has(existing.status)) return existing;
    await revokeTurnoverDoorCode(existing, now, bridge);
    return updateTurnover({
      current: existing,
      patch: {
        status: "cancelled",
        access: existing.access ? { ...existing.access, revokedAt: now } : null,
      },
    });
  }
  const { date, ...window } = turnoverSlot(r, building);
  if (!existing) {
    const t: Turnover = {
      id: r.id,
      buildingId: r.buildingId,
      unitId: r.unitId,
      reservationId: r.id,
      date,
      ...window,
      status: "open",
      assignee: null,
      link: null,
      checklist: building.config.turnoverChecklist.map((item) => ({
        item,
        done: false,
        photoKeys: [],
        problem: null,
      })),
      access: null,
      readyAt: null,
      createdAt: now,
      updatedAt: now,
    };
    if (await createTurnoverIfAbsent({ turnover: t })) return t;
    return findTurnover({ buildingId: r.buildingId, turnoverId: r.id });
  }
  const moved = existing.date !== date || existing.validFrom !== window.validFrom;
  if (!moved || existing.status === "ready") return existing;
  let access = existing.access;
  if (access && !access.revokedAt) {
    await revokeTurnoverDoorCode(existing, now, bridge);
    access = await issueTurnoverDoorCode({ ...existing, ...window, date }, building, bridge);
  }
  return updateTurnover({
    current: existing,
    patch: {
      date,
      ...window,
      status: existing.status === "cancelled" ? "open" : existing.status,
      access,
    },
  });
}

/** For the stay services: a failed turnover sync never fails the stay (the day's list reconciles it). */
export async function syncTurnoverQuietly(r: Reservation): Promise<void> {
  try {
    await syncTurnover(r, await getBuilding({ buildingId: r.buildingId }));
  } catch (e) {
    if (!(e instanceof AppError && e.code === "conflict"))
      logger.warn("turnover not synced; the day's list reconciles it", {
        reservationId: r.id,
        error: String(e),
      });
  }
}
