import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/roles";
import { putAccessLog } from "@/server/db/access-logs";
import { listCommandsByDevice } from "@/server/db/device-commands";
import { retireDevice } from "@/server/db/devices";
import { listAccessLogs } from "@/server/services/access-logs/list-access-logs";
import { listDevices } from "@/server/services/devices/list-devices";
import { bearer, seedBuilding, seedToken } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeAccessLog, newBuildingId } from "@/test/fixtures";
import { routeResponse } from "@/test/route-harness";
import * as logs from "../access-logs/route";
import * as commands from "./[id]/commands/route";
import * as one from "./[id]/route";
import * as list from "./route";

/**
 * The device API through the real route handlers, by API token, with no broker connection in this process:
 * a command is refused at once as `unreachable` (stored), which is what the contract asks when the broker is down.
 * Commands that reach a device are covered on real brokers in server/mqtt/bridge.test.ts.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const other = newBuildingId();
await seedBuilding(b);
await seedBuilding(other);
const { secret } = await seedToken(b);
const lobby = await seedDevice(b, { name: "Lobby door", online: true });
const unitLock = await seedDevice(b, { name: "Unit 1 door", unitId: "unit_1" });
const sensor = await seedDevice(b, { name: "Unit 1 smoke", unitId: "unit_1", type: "sensor" });
const foreign = await seedDevice(other, { name: "Other building door" });
const resident: Actor = { kind: "user", id: "u_res", role: "resident", buildingId: b, unitIds: ["unit_1"] };
const guest: Actor = {
  kind: "guest",
  id: "g",
  role: "guest",
  buildingId: b,
  unitIds: ["unit_1"],
  reservationId: "r1",
};

describe("devices API", () => {
  it("lists the building's devices with filters, and never another building's", async () => {
    const res = await routeResponse(list.GET, "/api/v1/devices?type=lock", { headers: bearer(secret) });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.items.map((d: { name: string }) => d.name)).toEqual(["Lobby door", "Unit 1 door"]);
    expect(body.cursor).toBeNull();
    const online = await (
      await routeResponse(list.GET, "/api/v1/devices?status=online", { headers: bearer(secret) })
    ).json();
    expect(online.items.map((d: { id: string }) => d.id)).toEqual([lobby.id]);
    const missing = await routeResponse(one.GET, `/api/v1/devices/${foreign.id}`, {
      headers: bearer(secret),
      params: { id: foreign.id },
    });
    expect(missing.status).toBe(404);
  });

  it("scopes residents to their units and guests to their door", async () => {
    const mine = await listDevices(resident, { limit: 50 });
    expect(mine.items.map((d) => d.id).sort()).toEqual([unitLock.id, sensor.id].sort());
    const door = await listDevices(guest, { limit: 50 });
    expect(door.items.map((d) => d.id)).toEqual([unitLock.id]);
  });

  it("refuses a command at once as unreachable when no broker is connected; 202 without waiting; 422 on bad params", async () => {
    const res = await routeResponse(commands.POST, `/api/v1/devices/${lobby.id}/commands`, {
      method: "POST",
      headers: { ...bearer(secret), "content-type": "application/json" },
      body: JSON.stringify({ action: "unlock" }),
      params: { id: lobby.id },
    });
    expect(res.status).toBe(200);
    const { command } = await res.json();
    expect(command).toMatchObject({ action: "unlock", status: "unreachable" });
    const detail = await (
      await routeResponse(one.GET, `/api/v1/devices/${lobby.id}`, {
        headers: bearer(secret),
        params: { id: lobby.id },
      })
    ).json();
    expect(detail.commands.map((c: { id: string }) => c.id)).toContain(command.id);
    const later = await routeResponse(commands.POST, `/api/v1/devices/${lobby.id}/commands?wait=false`, {
      method: "POST",
      headers: bearer(secret),
      body: JSON.stringify({ action: "refresh" }),
      params: { id: lobby.id },
    });
    expect(later.status).toBe(202);
    const bad = await routeResponse(commands.POST, `/api/v1/devices/${lobby.id}/commands`, {
      method: "POST",
      headers: bearer(secret),
      body: JSON.stringify({ action: "set_code", params: { codeId: "c1", pin: "12" } }),
      params: { id: lobby.id },
    });
    expect(bad.status).toBe(422);
    const sensorCmd = await routeResponse(commands.POST, `/api/v1/devices/${sensor.id}/commands`, {
      method: "POST",
      headers: bearer(secret),
      body: JSON.stringify({ action: "unlock" }),
      params: { id: sensor.id },
    });
    expect(sensorCmd.status).toBe(422);
  });

  it("refuses params that could not be stored or sent (unsafe numbers, deep nesting) with 422, storing nothing", async () => {
    const before = (await listCommandsByDevice({ buildingId: b, deviceId: lobby.id, limit: 200 })).items
      .length;
    let deep: Record<string, unknown> = { x: 1 };
    for (let i = 0; i < 40; i++) deep = { n: deep };
    for (const params of [{ x: 1e300 }, { x: -(2 ** 60) }, deep]) {
      const res = await routeResponse(commands.POST, `/api/v1/devices/${lobby.id}/commands`, {
        method: "POST",
        headers: bearer(secret),
        body: JSON.stringify({ action: "refresh", params }),
        params: { id: lobby.id },
      });
      expect(res.status).toBe(422);
    }
    const after = (await listCommandsByDevice({ buildingId: b, deviceId: lobby.id, limit: 200 })).items
      .length;
    expect(after).toBe(before);
  });

  it("lists access logs with filters and as CSV; residents only their units'", async () => {
    const now = Date.now();
    await putAccessLog({
      log: makeAccessLog(b, {
        deviceId: unitLock.id,
        unitId: "unit_1",
        ts: new Date(now - 60_000).toISOString(),
      }),
      retentionDays: 30,
      timeZone: "UTC",
    });
    await putAccessLog({
      log: makeAccessLog(b, {
        deviceId: lobby.id,
        unitId: null,
        result: "denied",
        ts: new Date(now - 30_000).toISOString(),
      }),
      retentionDays: 30,
      timeZone: "UTC",
    });
    const all = await (
      await routeResponse(logs.GET, "/api/v1/access-logs", { headers: bearer(secret) })
    ).json();
    expect(all.items).toHaveLength(2);
    const denied = await (
      await routeResponse(logs.GET, "/api/v1/access-logs?result=denied", { headers: bearer(secret) })
    ).json();
    expect(denied.items.map((l: { deviceId: string }) => l.deviceId)).toEqual([lobby.id]);
    const csv = await routeResponse(logs.GET, `/api/v1/access-logs?deviceId=${unitLock.id}`, {
      headers: { ...bearer(secret), accept: "text/csv" },
    });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split("\r\n")[0]).toMatch(/^ts,deviceId,unitId,method,result/);
    expect(text.split("\r\n")).toHaveLength(2);
    const own = await listAccessLogs(resident, { limit: 50 });
    expect(own.items.map((l) => l.deviceId)).toEqual([unitLock.id]);
    await expect(listAccessLogs(resident, { limit: 50, unitId: "common" })).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(listAccessLogs(guest, { limit: 50 })).rejects.toMatchObject({ code: "forbidden" });
  });

  it("a retired device leaves the lists and refuses commands, changing nothing", async () => {
    const gate = await seedDevice(b, { name: "Old garage gate", online: true });
    await retireDevice({ buildingId: b, deviceId: gate.id, at: new Date().toISOString() });
    const body = await (await routeResponse(list.GET, "/api/v1/devices", { headers: bearer(secret) })).json();
    expect(body.items.map((d: { id: string }) => d.id)).not.toContain(gate.id);
    const res = await routeResponse(commands.POST, `/api/v1/devices/${gate.id}/commands`, {
      method: "POST",
      headers: { ...bearer(secret), "content-type": "application/json" },
      body: JSON.stringify({ action: "unlock" }),
      params: { id: gate.id },
    });
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/retired/);
    expect((await listCommandsByDevice({ buildingId: b, deviceId: gate.id, limit: 10 })).items).toHaveLength(
      0,
    );
  });
});
