import { randomUUID } from "node:crypto";
import { connect, createServer, type Server, type Socket } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "@/test/mqtt-device";

/**
 * The ingestor against DynamoDB Local that goes away and comes back: a TCP proxy in front of the run's DynamoDB
 * Local, closed (connections refused, open ones dropped) and opened again on the same port.
 */
function tcpProxy(target: URL) {
  let server: Server | undefined;
  const sockets = new Set<Socket>();
  let port = 0;
  const up = () =>
    new Promise<void>((resolve) => {
      server = createServer((inbound) => {
        const outbound = connect(Number(target.port), target.hostname);
        for (const s of [inbound, outbound]) {
          sockets.add(s);
          s.on("close", () => sockets.delete(s));
          s.on("error", () => {
            inbound.destroy();
            outbound.destroy();
          });
        }
        inbound.pipe(outbound).pipe(inbound);
      });
      server.listen(port, "127.0.0.1", () => {
        const a = server?.address();
        port = typeof a === "object" && a ? a.port : port;
        resolve();
      });
    });
  const down = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server ? server.close(() => resolve()) : resolve();
    });
  return { up, down, url: () => `http://127.0.0.1:${port}` };
}

const proxy = tcpProxy(new URL(process.env.DYNAMODB_ENDPOINT ?? ""));
await proxy.up();
// before any module creates the process's DynamoDB client
process.env.DYNAMODB_ENDPOINT = proxy.url();
const { EventIngestor } = await import("./event-ingestor");
const { newMqttMetrics } = await import("./metrics");
const { seedBuilding } = await import("@/test/api-fixtures");
const { countAccessLogs, seedDevice } = await import("@/test/device-fixtures");
const { newBuildingId } = await import("@/test/fixtures");

afterAll(() => proxy.down());

const event = () => ({
  eventId: randomUUID(),
  type: "access" as const,
  method: "pin" as const,
  result: "granted" as const,
  ts: new Date().toISOString(),
});

describe("EventIngestor while DynamoDB is down", () => {
  it("holds the events (no ack, no giving up) and stores each once when DynamoDB answers again", async () => {
    const buildingId = newBuildingId();
    await seedBuilding(buildingId);
    const device = await seedDevice(buildingId, { online: true });
    const ingestor = new EventIngestor(newMqttMetrics());
    await proxy.down();
    const outcomes: boolean[] = [];
    const events = Array.from({ length: 30 }, event);
    for (const e of events)
      ingestor.push({ buildingId, deviceId: device.id, event: e, done: (ok) => outcomes.push(ok) });
    // a redelivered copy of one of them while it waits
    ingestor.push({ buildingId, deviceId: device.id, event: events[0], done: (ok) => outcomes.push(ok) });
    await new Promise((r) => setTimeout(r, 2_500));
    // before: each failed after 4 quick attempts (done(false)), and an unacked message never comes back on a live connection
    expect(outcomes).toEqual([]);
    await proxy.up();
    await eventually(() => outcomes.length === 31, 20_000, "every event handled");
    expect(outcomes.every(Boolean)).toBe(true);
    expect(await countAccessLogs(buildingId, device.id)).toBe(30);
    ingestor.close();
  }, 40_000);

  it("once closed (the app stops) it gives up on what waits: left unacknowledged for redelivery", async () => {
    const buildingId = newBuildingId();
    await seedBuilding(buildingId);
    const device = await seedDevice(buildingId, { online: true });
    const ingestor = new EventIngestor(newMqttMetrics());
    await proxy.down();
    const outcomes: boolean[] = [];
    ingestor.push({ buildingId, deviceId: device.id, event: event(), done: (ok) => outcomes.push(ok) });
    await new Promise((r) => setTimeout(r, 500));
    ingestor.close();
    await eventually(() => outcomes.length === 1, 5_000, "the event given up");
    expect(outcomes).toEqual([false]);
    await proxy.up();
  }, 20_000);
});
