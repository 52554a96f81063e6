import "server-only";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { AlarmDTO } from "@/lib/domain/alarm";
import type { MessagePart } from "@/lib/domain/conversation";
import type { DeviceDTO } from "@/lib/domain/device";
import type { DeviceCommandDTO } from "@/lib/domain/device-command";
import type { MissionDTO } from "@/lib/domain/mission";
import type { NotificationDTO } from "@/lib/domain/notification";
import { logger } from "../logger";

/** What the browser's live stream (SSE) receives for one building. */
export type LiveUpdate =
  /** `registered`: a device new to the building (lists add it; other device updates change known rows) */
  | { type: "device"; device: DeviceDTO; registered?: true }
  | { type: "command"; command: DeviceCommandDTO }
  | { type: "access"; log: AccessLogDTO }
  | { type: "mission"; mission: MissionDTO }
  /** an alarm opened, repeated, acknowledged or cleared (`unitId` decides which residents hear it) */
  | { type: "alarm"; alarm: AlarmDTO }
  /** a new in-app notice, for its one recipient */
  | { type: "notification"; userId: string; notification: NotificationDTO }
  /** a staff member's reply in a handed-over conversation, for its owner's open chat (issue 21) */
  | {
      type: "staffReply";
      userId: string;
      conversationId: string;
      message: { id: string; role: "assistant"; parts: MessagePart[] };
    };

export type LiveUpdateListener = (update: LiveUpdate) => void;

type Bus = Map<string, Set<LiveUpdateListener>>;

/**
 * In-process pub/sub, per building. Kept on globalThis because Next may load this module more than once
 * (route handlers, instrumentation, server actions live in separate module graphs): the MQTT client that
 * publishes and the SSE route that listens must share one bus. Across instances, an update is also handed to
 * the fan-out (the MQTT bridge publishes it on the app's live topic and every other instance delivers it), except
 * those every instance hears itself from the broker (device state and availability).
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

type FanOut = (buildingId: string, update: LiveUpdate) => void;
const fanOutStore = globalThis as typeof globalThis & { __buildingosLiveFanOut?: FanOut | null };

/** Where updates go for the other instances (the MQTT runtime sets it while connected; null: this process only). */
export function setLiveFanOut(fanOut: FanOut | null): void {
  fanOutStore.__buildingosLiveFanOut = fanOut;
}

/**
 * Tells this building's open streams, on this instance and the others. `heardByEveryInstance`: the update comes
 * from a broker message every instance receives itself (state, availability), so it is not fanned out again.
 */
export function publishLiveUpdate(
  buildingId: string,
  update: LiveUpdate,
  { heardByEveryInstance = false }: { heardByEveryInstance?: boolean } = {},
): void {
  deliverLiveUpdate(buildingId, update);
  if (heardByEveryInstance) return;
  try {
    fanOutStore.__buildingosLiveFanOut?.(buildingId, update);
  } catch (e) {
    logger.warn("live update fan-out failed", { error: String(e) });
  }
}

/** Tells this instance's open streams only (an update another instance fanned out). */
export function deliverLiveUpdate(buildingId: string, update: LiveUpdate): void {
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
