import "server-only";
import type { Actor } from "@/lib/roles";
import { logger } from "../logger";
import type { LiveView } from "./live-actor";
import { type LiveUpdate, subscribeLiveUpdates } from "./live-updates";
import { liveUpdateFilter } from "./live-visibility";

export const HEARTBEAT_MS = 15_000;
/** How often the watcher's credentials are checked again: a revoked right stops the updates within this. */
export const RECHECK_MS = 15_000;
/** No stream lives longer; the browser's EventSource reconnects, and the new request is authorized afresh. */
export const MAX_LIFETIME_MS = 60 * 60_000;
/** The browser waits this long before reconnecting after the stream drops. */
const RETRY_MS = 3_000;
/** A browser that stops reading is dropped rather than buffered for without end. */
const MAX_QUEUED_CHUNKS = 1_000;

/**
 * A server-sent events stream of one building's live updates, filtered for the actor: an `update` event per
 * LiveUpdate, a comment line every `heartbeatMs` so proxies keep the connection open and a dead one is noticed,
 * and the subscription ended as soon as the client goes away (abort) or the stream is cancelled.
 * Every `recheckMs` the watcher is resolved again (`recheck`): null or a failure ends the stream, a changed
 * view (role, units, devices) replaces the filter. The stream ends after `maxLifetimeMs` whatever happens.
 */
export function liveEventStream(
  actor: Actor,
  opts: {
    signal: AbortSignal;
    ownDeviceIds: ReadonlySet<string>;
    heartbeatMs?: number;
    recheck?: () => Promise<LiveView | null>;
    recheckMs?: number;
    maxLifetimeMs?: number;
  },
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let visible = liveUpdateFilter(actor, opts.ownDeviceIds);
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
      let checking = false;
      const recheck = async () => {
        if (closed || checking || !opts.recheck) return;
        checking = true;
        const view = await opts.recheck().catch(() => null);
        checking = false;
        if (!view) {
          logger.info("live stream ended: access no longer valid", { buildingId: actor.buildingId });
          return close();
        }
        visible = liveUpdateFilter(view.actor, view.ownDeviceIds);
      };
      const rechecks = setInterval(() => void recheck(), opts.recheckMs ?? RECHECK_MS);
      const lifetime = setTimeout(() => close(), opts.maxLifetimeMs ?? MAX_LIFETIME_MS);
      const close = () => {
        if (closed) return;
        closed = true;
        clearInterval(heartbeat);
        clearInterval(rechecks);
        clearTimeout(lifetime);
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
