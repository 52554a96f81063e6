import { requireActor } from "@/server/auth/actor";
import { errorBody, toSafeError } from "@/server/errors";
import { liveCredentialsOf, liveRecheck, liveViewOf } from "@/server/live/live-actor";
import { liveEventStream } from "@/server/live/live-stream";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Live device state, command outcomes and door events for the signed-in person's building, as server-sent
 * events (`event: update`, data = a LiveUpdate), filtered to what that person may see. Heartbeats every 15 s;
 * the same credentials are checked again every 15 s (a disabled account, revoked token or link ends the
 * stream), and the stream ends after an hour at most (EventSource reconnects). It also ends when the browser
 * disconnects.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor(request);
    const { ownDeviceIds } = await liveViewOf(actor);
    const recheck = liveRecheck(actor, await liveCredentialsOf(request, actor));
    const stream = liveEventStream(actor, { signal: request.signal, ownDeviceIds, recheck });
    return new Response(stream, {
      headers: {
        "content-type": "text/event-stream; charset=utf-8",
        // no-transform: the server's compression would otherwise buffer the stream
        "cache-control": "no-cache, no-store, no-transform",
        connection: "keep-alive",
        "x-accel-buffering": "no",
      },
    });
  } catch (e) {
    const safe = toSafeError(e, { route: "GET /api/live" });
    return Response.json(errorBody(safe), { status: safe.status });
  }
}
