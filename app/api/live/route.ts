import { authorize } from "@/lib/permissions";
import { requireActor } from "@/server/auth/actor";
import { errorBody, toSafeError } from "@/server/errors";
import { liveEventStream } from "@/server/live/live-stream";
import { listDevicesForActor } from "@/server/services/list-devices";

export const dynamic = "force-dynamic";
export const runtime = "nodejs";

/**
 * Live device state, command outcomes and door events for the signed-in person's building, as server-sent
 * events (`event: update`, data = a LiveUpdate), filtered to what that person may see. Heartbeats every 15 s;
 * the subscription ends when the browser disconnects.
 */
export async function GET(request: Request) {
  try {
    const actor = await requireActor(request);
    const scope = authorize(actor, "device.read");
    // residents and guests: the devices they may see, so their commands' updates can be recognised
    const own =
      scope === "building"
        ? new Set<string>()
        : new Set((await listDevicesForActor(actor, { limit: 200 })).items.map((d) => d.id));
    const stream = liveEventStream(actor, { signal: request.signal, ownDeviceIds: own });
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
