import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it, vi } from "vitest";
import { startMosquitto } from "@/scripts/stack/mosquitto";
import { getDoorCode } from "@/server/db/door-codes";
import { startMqttRuntime, stopMqttRuntime } from "@/server/mqtt/runtime";
import { sweepStayDoorCodes } from "@/server/services/door-codes/door-code-sweeper";
import { bearer, seedBuilding, seedToken, seedUnit } from "@/test/api-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { eventually } from "@/test/mqtt-device";
import { callRoute, post, send } from "@/test/route-harness";
import * as accessLogs from "../access-logs/route";
import * as building from "../building/route";
import * as oneReservation from "../reservations/[id]/route";
import * as reservations from "../reservations/route";
import * as commands from "./[id]/commands/route";
import * as one from "./[id]/route";
import * as discovered from "./discovered/route";
import * as list from "./route";

/**
 * Issue 15's "done when", as close to `npm run dev` with SIMULATOR=off as a test gets: the real route handlers of
 * the HTTP API (by API token; no Next server: test/route-harness.ts), the app's real MQTT runtime (its one bridge and
 * its sweepers, started as instrumentation.ts starts them) on a real Mosquitto, DynamoDB Local, no simulator. The
 * hardware is an OUTSIDE process (test/outside-hardware.mjs, plain Node and mqtt.js, no app code) playing a
 * Zigbee2MQTT keypad lock and a Shelly Gen2 relay per their public docs. Registered, commanded to each end state,
 * given a stay's PIN in a slot, and its keypad unlock is in the access log under the guest.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

process.env.COMMAND_TIMEOUT_MS = "1500";
process.env.SIMULATOR = "off";
const broker = await startMosquitto();
process.env.MQTT_URL = broker.url;
delete process.env.MQTT_DISABLED;
const bridge = startMqttRuntime();
await bridge?.ready();

const b = newBuildingId();
await seedBuilding(b);
const unit = await seedUnit(b, "4B");
const manager = bearer((await seedToken(b, { role: "manager" })).secret);
const staff = bearer((await seedToken(b, { role: "staff" })).secret);
const friendlyName = `unit_4b_door_${randomUUID().slice(0, 6)}`;
const shellyPrefix = `shellypro1-${randomUUID().replace(/-/g, "").slice(0, 12)}`;

/** the outside process, driven by JSON lines (one answer line per op) */
const hw: ChildProcessWithoutNullStreams = spawn(
  process.execPath,
  ["test/outside-hardware.mjs", broker.url, friendlyName, shellyPrefix],
  { cwd: process.cwd() },
);
const heard: Record<string, unknown>[] = [];
const waiting: ((o: Record<string, unknown>) => void)[] = [];
createInterface({ input: hw.stdout }).on("line", (line) => {
  const o = JSON.parse(line) as Record<string, unknown>;
  if (o.heard) heard.push(o);
  else waiting.shift()?.(o);
});
await new Promise((r) => waiting.push(r)); // "start"
const op = (o: Record<string, unknown>) =>
  new Promise<Record<string, unknown>>((resolve, reject) => {
    waiting.push((answer) => (answer.done ? resolve(answer) : reject(new Error(String(answer.error)))));
    hw.stdin.write(`${JSON.stringify(o)}\n`);
  });

afterAll(async () => {
  await op({ op: "quit" }).catch(() => undefined);
  hw.kill();
  await stopMqttRuntime({ drainMs: 0 });
  await broker.stop();
});

const register = async (body: Record<string, unknown>) => {
  const res = await callRoute(list.POST, "/api/v1/devices", post(body, manager));
  expect(res.status).toBe(201);
  return res.body.device as { id: string; protocol: string; address: Record<string, unknown> };
};
const device = async (id: string) =>
  (await callRoute(one.GET, `/api/v1/devices/${id}`, { headers: manager, params: { id } })).body.device;
const command = async (id: string, action: string, params: Record<string, unknown> = {}) => {
  const res = await callRoute(commands.POST, `/api/v1/devices/${id}/commands`, {
    ...post({ action, params }, manager),
    params: { id },
  });
  expect(res.status).toBe(200);
  return res.body.command as { status: string; reason?: string; id: string };
};

describe("an outside Zigbee2MQTT keypad lock and Shelly Gen2 relay, through the HTTP API", () => {
  let lockId = "";
  let relayId = "";

  it("registers both with POST /api/v1/devices; they come online when the hardware says so", async () => {
    const lock = await register({
      name: "Unit 4B door",
      type: "lock",
      unitId: unit.id,
      location: "4th floor",
      model: "Kwikset 916",
      protocol: "zigbee2mqtt",
      address: { baseTopic: "zigbee2mqtt", friendlyName },
    });
    const relay = await register({
      name: "Garage gate",
      type: "lock",
      unitId: null,
      location: "Garage",
      model: "Shelly Pro 1",
      protocol: "shelly",
      address: { topicPrefix: shellyPrefix, switchId: 0, pulseSeconds: 0.5 },
    });
    expect(lock).toMatchObject({ protocol: "zigbee2mqtt", address: { friendlyName } });
    expect(relay).toMatchObject({ protocol: "shelly", address: { topicPrefix: shellyPrefix } });
    lockId = lock.id;
    relayId = relay.id;
    await op({ op: "online", on: true });
    await eventually(
      async () => (await device(lockId)).online && (await device(relayId)).online,
      8000,
      "online",
    );
  }, 30_000);

  it("GET /api/v1/devices/discovered lists what the bridge announces minus the registered (manager only)", async () => {
    const leakName = `sink_leak_${randomUUID().slice(0, 6)}`;
    await op({ op: "bridgeDevices", leakName });
    const list = async (headers: Record<string, string>) =>
      callRoute(discovered.GET, "/api/v1/devices/discovered", { headers });
    await eventually(async () => (await list(manager)).body.devices.length > 0, 5000, "announced");
    const { body } = await list(manager);
    // the coordinator is no device; the lock is registered already; the leak sensor is offered
    expect(body.devices).toEqual([
      {
        protocol: "zigbee2mqtt",
        address: { baseTopic: "zigbee2mqtt", friendlyName: leakName },
        name: leakName.replace(/_/g, " "),
        model: "Aqara SJCGQ11LM",
        type: "sensor",
        capabilities: ["water_leak", "battery"],
        seenAt: expect.any(String),
      },
    ]);
    expect((await list(staff)).status).toBe(403);
  });

  it("Zigbee2MQTT lock: acknowledged, failed (not_fully_locked), timed out (silent), unreachable (offline)", async () => {
    expect((await command(lockId, "unlock")).status).toBe("acknowledged");
    expect(heard.at(-1)).toMatchObject({
      heard: "z2m",
      topic: `zigbee2mqtt/${friendlyName}/set`,
      body: { state: "UNLOCK" },
    });
    expect((await command(lockId, "lock")).status).toBe("acknowledged");
    expect((await device(lockId)).state).toMatchObject({ lock_state: "locked", locked: true });

    await op({ op: "set", device: "lock", jam: true });
    const jammed = await command(lockId, "lock");
    expect(jammed).toMatchObject({ status: "failed" });
    expect(jammed.reason).toMatch(/not_fully_locked/);
    await op({ op: "set", device: "lock", jam: false });

    await op({ op: "set", device: "lock", silent: true });
    expect((await command(lockId, "unlock")).status).toBe("timed_out");
    await op({ op: "set", device: "lock", silent: false });

    await op({ op: "lockAvailability", on: false });
    await eventually(async () => (await device(lockId)).online === false, 5000, "lock offline");
    const before = heard.length;
    expect((await command(lockId, "unlock")).status).toBe("unreachable");
    expect(heard).toHaveLength(before); // nothing went out
    await op({ op: "lockAvailability", on: true });
    await eventually(async () => (await device(lockId)).online === true, 5000, "lock back");
  }, 40_000);

  it("Shelly relay: acknowledged (Switch.Set pulse), failed (error frame, its message), timed out, unreachable", async () => {
    expect((await command(relayId, "unlock")).status).toBe("acknowledged");
    expect(heard.at(-1)).toMatchObject({
      heard: "shelly",
      method: "Switch.Set",
      params: { id: 0, on: true, toggle_after: 0.5 },
    });
    await op({ op: "set", device: "relay", error: { code: -114, message: "Switch 0 is overheated" } });
    const failed = await command(relayId, "unlock");
    expect(failed).toMatchObject({ status: "failed", reason: "Device error -114: Switch 0 is overheated" });
    await op({ op: "set", device: "relay", error: { code: -103, message: "Invalid argument 'id'" } });
    expect((await command(relayId, "unlock")).status).toBe("rejected");
    await op({ op: "set", device: "relay", error: null, silent: true });
    expect((await command(relayId, "unlock")).status).toBe("timed_out");
    await op({ op: "set", device: "relay", silent: false });
    await op({ op: "relayOnline", on: false });
    await eventually(async () => (await device(relayId)).online === false, 5000, "relay offline");
    expect((await command(relayId, "unlock")).status).toBe("unreachable");
  }, 40_000);

  it("a stay booked through the API gets its PIN in a slot of the unit's lock; the guest's keypad unlock is logged under the guest", async () => {
    const patched = await callRoute(building.PATCH, "/api/v1/building", {
      ...send("PATCH", { config: { doorCode: { guestAccess: "on_confirmation" } } }, manager),
    });
    expect(patched.status).toBe(200);
    const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Lisbon" }).format(new Date());
    const tomorrow = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Lisbon" }).format(
      new Date(Date.now() + 86_400_000),
    );
    const booked = await callRoute(
      reservations.POST,
      "/api/v1/reservations",
      post(
        {
          unitId: unit.id,
          checkIn: today,
          checkOut: tomorrow,
          guest: { name: "Ada Lovelace", email: "ada@guest.example" },
          guestCount: 1,
        },
        manager,
      ),
    );
    expect(booked.status).toBe(201);
    const stayId = booked.body.reservation.id as string;
    // the server's "stay-door-codes" job (instrumentation.ts, every 60 s), run once now
    await sweepStayDoorCodes(new Date(), { buildingIds: [b] });
    const stay = await callRoute(oneReservation.GET, `/api/v1/reservations/${stayId}`, {
      headers: manager,
      params: { id: stayId },
    });
    const codeId = stay.body.reservation.doorAccess?.codeId as string;
    expect(codeId).toBeTruthy();
    await eventually(
      async () => (await getDoorCode({ buildingId: b, deviceId: lockId, codeId })).status === "active",
      8000,
      "the lock acknowledged the code",
    );
    const code = await getDoorCode({ buildingId: b, deviceId: lockId, codeId });
    expect(code.slot).toBe(1);
    // the PIN is on the lock, in the slot the app allocated
    expect((await op({ op: "slots" })).slots).toEqual({ 1: code.pin });

    expect(await op({ op: "keypad", pin: code.pin })).toMatchObject({ slot: 1 });
    const logs = async () =>
      (
        await callRoute(accessLogs.GET, `/api/v1/access-logs?deviceId=${lockId}&result=granted`, {
          headers: manager,
        })
      ).body.items as Record<string, unknown>[];
    await eventually(
      async () => (await logs()).some((l) => l.method === "pin"),
      8000,
      "keypad unlock logged",
    );
    expect((await logs()).find((l) => l.method === "pin")).toMatchObject({
      result: "granted",
      slot: 1,
      codeId,
      reservationId: stayId,
      unitId: unit.id,
      person: { name: "Ada Lovelace" },
    });
  }, 40_000);
});
