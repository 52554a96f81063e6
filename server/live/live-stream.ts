import "server-only";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import { type LiveUpdate, subscribeLiveUpdates } from "../mqtt/live-updates";
import { liveUpdateFilter } from "./live-visibility";

export const HEARTBEAT_MS = 15_000;
/** The browser waits this long before reconnecting after the stream drops. */
const RETRY_MS = 3_000;
/** A browser that stops reading is dropped rather than buffered for without end. */
const MAX_QUEUED_CHUNKS = 1_000;

/**
 * A server-sent events stream of one building's live updates, filtered for the actor: an `update` event per
 * LiveUpdate, a comment line every `heartbeatMs` so proxies keep the connection open and a dead one is noticed,
 * and the subscription ended as soon as the client goes away (abort) or the stream is cancelled.
 */
export function liveEventStream(
  actor: Actor,
  opts: { signal: AbortSignal; ownDeviceIds: ReadonlySet<string>; heartbeatMs?: number },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const visible = liveUpdateFilter(actor, opts.ownDeviceIds);
  let cleanup = () => {};
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let closed = false;
      const send = (text: string) => {
        if (closed) return;
        if ((controller.desiredSize ?? 0) < -MAX_QUEUED_CHUNKS) return close();
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          close();
        }
      };
      const unsubscribe = subscribeLiveUpdates(actor.buildingId, (u: LiveUpdate) => {
        if (visible(u)) send(`event: update\ndata: ${JSON.stringify(u)}\n\n`);
      });
      const heartbeat = setInterval(() => send(`: ping ${Date.now()}\n\n`), opts.heartbeatMs ?? HEARTBEAT_MS);
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        unsubscribe();
        opts.signal.removeEventListener("abort", close);
        try {
          controller.close();
        } catch {
          // already closed by the reader
        }
      };
      cleanup = close;
      opts.signal.addEventListener("abort", close, { once: true });
      if (opts.signal.aborted) return close();
      send(`retry: ${RETRY_MS}\nevent: ready\ndata: {}\n\n`);
      logger.debug("live stream opened", { buildingId: actor.buildingId, role: actor.role });
    },
    cancel() {
      cleanup();
    },
  });
}
