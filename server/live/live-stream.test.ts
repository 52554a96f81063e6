import { afterEach, describe, expect, it } from "vitest";
import type { AccessLogDTO } from "@/lib/domain/access-log";
import type { DeviceDTO } from "@/lib/domain/device";
import type { DeviceCommandDTO } from "@/lib/domain/device-command";
import type { MissionDTO } from "@/lib/domain/mission";
import type { Actor } from "@/lib/roles";
import { liveEventStream, MAX_LIFETIME_MS, RECHECK_MS } from "./live-stream";
import { liveListenerCount, publishLiveUpdate } from "./live-updates";
import { liveUpdateFilter } from "./live-visibility";

const B = "bld_live";
const staff: Actor = { kind: "user", id: "usr_staff", role: "staff", buildingId: B, unitIds: [] };
const resident: Actor = { kind: "user", id: "usr_res", role: "resident", buildingId: B, unitIds: ["unit_1"] };
const guest: Actor = {
  kind: "guest",
  id: "gst_1",
  role: "guest",
  buildingId: B,
  unitIds: ["unit_1"],
  reservationId: "res_1",
};

const device = (id: string, unitId: string | null, type: DeviceDTO["type"] = "lock"): DeviceDTO => ({
  id,
  type,
  name: id,
  model: "",
  location: "",
  unitId,
  online: true,
  state: { locked: true },
  lastSeenAt: null,
  firmware: null,
});
const log = (deviceId: string, unitId: string | null): AccessLogDTO => ({
  id: `log_${deviceId}`,
  buildingId: B,
  deviceId,
  unitId,
  ts: new Date().toISOString(),
  method: "pin",
  result: "granted",
  userId: null,
  reservationId: null,
  codeId: null,
  eventId: `ev_${deviceId}`,
});
const command = (deviceId: string, by: string) =>
  ({ id: `cmd_${deviceId}`, deviceId, issuedBy: { kind: "user", id: by } }) as DeviceCommandDTO;

describe("live update visibility", () => {
  it("gives staff the whole building", () => {
    const v = liveUpdateFilter(staff, new Set());
    expect(v({ type: "device", device: device("d2", "unit_2") })).toBe(true);
    expect(v({ type: "access", log: log("d2", null) })).toBe(true);
    expect(v({ type: "command", command: command("d2", "someone") })).toBe(true);
  });

  it("gives residents their units' devices, commands and door events only", () => {
    const v = liveUpdateFilter(resident, new Set(["d1"]));
    expect(v({ type: "device", device: device("d1", "unit_1") })).toBe(true);
    expect(v({ type: "device", device: device("d2", "unit_2") })).toBe(false);
    expect(v({ type: "device", device: device("lobby", null) })).toBe(false);
    expect(v({ type: "command", command: command("d1", "staff") })).toBe(true);
    expect(v({ type: "command", command: command("d2", "usr_res") })).toBe(false);
    expect(v({ type: "access", log: log("d1", "unit_1") })).toBe(true);
    expect(v({ type: "access", log: log("d2", "unit_2") })).toBe(false);
    expect(v({ type: "access", log: log("lobby", null) })).toBe(false);
  });

  it("gives guests their door and their own commands, no door log", () => {
    const v = liveUpdateFilter(guest, new Set(["d1"]));
    expect(v({ type: "device", device: device("d1", "unit_1") })).toBe(true);
    expect(v({ type: "device", device: device("s1", "unit_1", "sensor") })).toBe(false);
    expect(v({ type: "command", command: command("d1", "gst_1") })).toBe(true);
    expect(v({ type: "command", command: command("d1", "usr_staff") })).toBe(false);
    expect(v({ type: "access", log: log("d1", "unit_1") })).toBe(false);
  });
});

describe("mission updates", () => {
  const mission = (requester: string) =>
    ({ id: `mis_${requester}`, buildingId: B, requestedBy: { kind: "user", id: requester } }) as MissionDTO;

  it("go to staff for the whole building, to residents and guests for their own missions only", () => {
    const update = (by: string) => ({ type: "mission" as const, mission: mission(by) });
    expect(liveUpdateFilter(staff, new Set())(update("usr_res"))).toBe(true);
    expect(liveUpdateFilter(resident, new Set())(update("usr_res"))).toBe(true);
    expect(liveUpdateFilter(resident, new Set())(update("usr_other"))).toBe(false);
    // a guest's missions belong to their reservation
    expect(liveUpdateFilter(guest, new Set())(update("guest:res_1"))).toBe(true);
    expect(liveUpdateFilter(guest, new Set())(update("usr_res"))).toBe(false);
  });
});

describe("live event stream", () => {
  let abort: AbortController;
  afterEach(() => abort?.abort());

  async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, needle: string) {
    const decoder = new TextDecoder();
    let text = "";
    while (!text.includes(needle)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
    }
    return text;
  }

  it("streams visible updates as SSE, sends heartbeats, and unsubscribes when the client goes away", async () => {
    abort = new AbortController();
    const stream = liveEventStream(resident, {
      signal: abort.signal,
      ownDeviceIds: new Set(["d1"]),
      heartbeatMs: 20,
    });
    const reader = stream.getReader();
    expect(await readUntil(reader, "event: ready")).toContain("retry: ");
    expect(liveListenerCount(B)).toBe(1);
    publishLiveUpdate(B, { type: "device", device: device("d2", "unit_2") });
    publishLiveUpdate(B, { type: "device", device: device("d1", "unit_1") });
    const text = await readUntil(reader, "event: update");
    const data = JSON.parse(text.split("event: update\ndata: ")[1].split("\n")[0]);
    expect(data).toMatchObject({ type: "device", device: { id: "d1" } });
    expect(text).not.toContain('"d2"');
    expect(await readUntil(reader, ": ping")).toContain(": ping");
    abort.abort();
    expect(liveListenerCount(B)).toBe(0);
    const end = await reader.read();
    expect(end.done).toBe(true);
  });

  const drain = async (reader: ReadableStreamDefaultReader<Uint8Array>) => {
    for (;;) if ((await reader.read()).done) return;
  };

  it("re-checks the watcher: credentials that stop working end the stream within the re-check interval", async () => {
    abort = new AbortController();
    let valid = true;
    const stream = liveEventStream(staff, {
      signal: abort.signal,
      ownDeviceIds: new Set(),
      recheckMs: 20,
      recheck: async () => (valid ? { actor: staff, ownDeviceIds: new Set() } : null),
    });
    const reader = stream.getReader();
    await readUntil(reader, "event: ready");
    await new Promise((r) => setTimeout(r, 60));
    expect(liveListenerCount(B)).toBe(1); // still valid: still open
    valid = false;
    const started = Date.now();
    await drain(reader);
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(liveListenerCount(B)).toBe(0);
  });

  it("a re-check that fails (e.g. the table is unreachable) ends the stream too", async () => {
    abort = new AbortController();
    const stream = liveEventStream(staff, {
      signal: abort.signal,
      ownDeviceIds: new Set(),
      recheckMs: 20,
      recheck: async () => {
        throw new Error("down");
      },
    });
    await drain(stream.getReader());
    expect(liveListenerCount(B)).toBe(0);
  });

  it("a re-check with a narrower view filters with it from then on (units taken away)", async () => {
    abort = new AbortController();
    let view = { actor: resident, ownDeviceIds: new Set(["d1"]) as ReadonlySet<string> };
    const stream = liveEventStream(resident, {
      signal: abort.signal,
      ownDeviceIds: view.ownDeviceIds,
      recheckMs: 20,
      recheck: async () => view,
    });
    const reader = stream.getReader();
    await readUntil(reader, "event: ready");
    view = { actor: { ...resident, unitIds: [] }, ownDeviceIds: new Set() };
    await new Promise((r) => setTimeout(r, 60));
    publishLiveUpdate(B, { type: "device", device: device("d1", "unit_1") });
    publishLiveUpdate(B, { type: "device", device: device("lobby", null) });
    abort.abort();
    let text = "";
    const decoder = new TextDecoder();
    for (let r = await reader.read(); !r.done; r = await reader.read()) text += decoder.decode(r.value);
    expect(text).not.toContain("event: update");
  });

  it("ends every stream after its maximum lifetime, whatever else happens", async () => {
    abort = new AbortController();
    const stream = liveEventStream(staff, {
      signal: abort.signal,
      ownDeviceIds: new Set(),
      maxLifetimeMs: 50,
    });
    await drain(stream.getReader());
    expect(liveListenerCount(B)).toBe(0);
    expect(MAX_LIFETIME_MS).toBeLessThanOrEqual(60 * 60_000);
    expect(RECHECK_MS).toBeLessThanOrEqual(15_000);
  });
});
