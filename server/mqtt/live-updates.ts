import "server-only";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { DeviceDTO } from "@/lib/domain/device";
import type { DeviceCommandDTO } from "@/lib/domain/device-command";
import type { MissionDTO } from "@/lib/domain/mission";
import { logger } from "../logger";

/** What the browser's live stream (SSE) receives for one building. */
export type LiveUpdate =
  /** `registered`: a device new to the building (lists add it; other device updates change known rows) */
  | { type: "device"; device: DeviceDTO; registered?: true }
  | { type: "command"; command: DeviceCommandDTO }
  | { type: "access"; log: AccessLogDTO }
  | { type: "mission"; mission: MissionDTO };

export type LiveUpdateListener = (update: LiveUpdate) => void;

type Bus = Map<string, Set<LiveUpdateListener>>;

/**
 * In-process pub/sub, per building. Kept on globalThis because Next may load this module more than once
 * (route handlers, instrumentation, server actions live in separate module graphs): the MQTT client that
 * publishes and the SSE route that listens must share one bus. Across instances each process hears the
 * messages its own MQTT client receives (state, availability and acks reach every instance).
 */
const bus = (): Bus => {
  const g = globalThis as typeof globalThis & { __buildingosLiveUpdates?: Bus };
  g.__buildingosLiveUpdates ??= new Map();
  return g.__buildingosLiveUpdates;
};

export function subscribeLiveUpdates(buildingId: string, listener: LiveUpdateListener): () => void {
  const b = bus();
  let set = b.get(buildingId);
  if (!set) {
    set = new Set();
    b.set(buildingId, set);
  }
  set.add(listener);
  return () => {
    const s = b.get(buildingId);
    if (!s) return;
    s.delete(listener);
    if (s.size === 0) b.delete(buildingId);
  };
}

export function publishLiveUpdate(buildingId: string, update: LiveUpdate): void {
  const set = bus().get(buildingId);
  if (!set) return;
  for (const listener of [...set]) {
    try {
      listener(update);
    } catch (e) {
      // one broken stream must not stop the others nor the MQTT handler that published
      logger.warn("live update listener failed", { error: String(e) });
    }
  }
}

/** Number of listeners of a building (tests, health details). */
export const liveListenerCount = (buildingId: string) => bus().get(buildingId)?.size ?? 0;
