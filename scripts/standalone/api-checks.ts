/**
 * What the standalone and fault checks ask of a running app and read back from its table (through the app's own
 * modules: run with the react-server condition, after the stack's variables are in process.env).
 */
import { getAccessCountsByDay, listAccessLogsByDevice } from "@/server/db/access-logs";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dayOffset = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString().slice(0, 10);

/** Rows stored for the device, how many distinct event ids they hold, and the building's day counters. */
export async function storedEvents(buildingId: string, deviceId: string) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: Awaited<ReturnType<typeof listAccessLogsByDevice>> = await listAccessLogsByDevice({
      buildingId,
      deviceId,
      limit: 1000,
      cursor,
    });
    for (const l of page.items) ids.push(l.eventId ?? l.id);
    cursor = page.cursor;
  } while (cursor);
  const days = await getAccessCountsByDay({ buildingId, fromDay: dayOffset(-1), toDay: dayOffset(1) });
  return {
    rows: ids.length,
    unique: new Set(ids).size,
    counted: days.reduce((n, d) => n + d.total, 0),
    ids: new Set(ids),
  };
}

/**
 * Polls until `n` rows are stored and counted (or `timeoutMs`), then reads once more a moment later: a late
 * duplicate shows.
 */
export async function storedAtLeast(buildingId: string, deviceId: string, n: number, timeoutMs: number) {
  const started = Date.now();
  let s = await storedEvents(buildingId, deviceId);
  // the day counter follows from the table's stream (each app instance reads it every second): wait for it too
  while ((s.rows < n || s.counted < n) && Date.now() - started < timeoutMs) {
    await sleep(250);
    s = await storedEvents(buildingId, deviceId).catch(() => s);
  }
  await sleep(300);
  return { ...(await storedEvents(buildingId, deviceId)), ms: Date.now() - started };
}

/** A command through an app's HTTP API, as an integration would send it (API token), timed. */
export async function commandViaApi(url: string, deviceId: string, token: string, action = "unlock") {
  const t = performance.now();
  const res = await fetch(`${url}/api/v1/devices/${deviceId}/commands`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    body: JSON.stringify({ action }),
    signal: AbortSignal.timeout(30_000),
  }).catch(() => undefined);
  const body = res
    ? ((await res.json().catch(() => ({}))) as {
        command?: { id?: string; status?: string };
        error?: { code?: string };
      })
    : {};
  return {
    id: body.command?.id,
    status: res?.status ?? 0,
    outcome: body.command?.status ?? body.error?.code ?? "no answer",
    ok: res?.status === 200 && body.command?.status === "acknowledged",
    ms: performance.now() - t,
  };
}
