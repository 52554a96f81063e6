import { DescribeTimeToLiveCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it, vi } from "vitest";
import * as route from "@/app/api/v1/devices/[id]/telemetry/route";
import { buildingConfigSchema } from "@/lib/domain/building";
import { TELEMETRY_RANGES } from "@/lib/domain/telemetry-constants";
import type { Actor } from "@/lib/roles";
import { putBuilding } from "@/server/db/buildings";
import { db, tableName } from "@/server/db/client";
import { keys } from "@/server/db/keys";
import { TTL_ATTRIBUTE } from "@/server/db/table-definition";
import { bearer, seedToken } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { callRoute } from "@/test/route-harness";
import { ingestSensorEvent } from "../alarms/device-signals";
import { getDeviceTelemetry } from "./get-device-telemetry";
import { recordStateReadings } from "./record-telemetry";

/**
 * Telemetry against DynamoDB Local: each event is stored once whatever the redeliveries, kept for the building's
 * retention (the `ttl` attribute the table's TTL is defined on), and read back downsampled per role.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const b = newBuildingId();
const now = new Date();
await putBuilding({
  building: {
    id: b,
    name: "Telemetry house",
    address: { line1: "1 Test St", city: "Testville", postalCode: "00000", country: "US" },
    timezone: "UTC",
    locale: "en-US",
    currency: "EUR",
    config: buildingConfigSchema.parse({ alarms: { telemetryRetentionDays: 7 } }),
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  },
});
const sensor = await seedDevice(b, { type: "sensor", unitId: "unit_1", name: "Lobby climate" });
const lock = await seedDevice(b, { type: "lock", unitId: "unit_2", name: "Unit 2 door" });
const where = { buildingId: b, deviceId: sensor.id };
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();
const reading = (eventId: string, ts: string, readings: Record<string, number>) => ({
  eventId,
  type: "telemetry",
  readings,
  ts,
});
const hourItem = (deviceId: string, ts: string) =>
  db()
    .send(
      new GetCommand({
        TableName: tableName(),
        Key: keys.telemetryHour(b, deviceId, new Date(ts).toISOString().slice(0, 13)),
        ConsistentRead: true,
      }),
    )
    .then((o) => o.Item);

const staff: Actor = { kind: "user", id: "u_staff", role: "staff", buildingId: b, unitIds: [] };
const resident1: Actor = { kind: "user", id: "u_r1", role: "resident", buildingId: b, unitIds: ["unit_1"] };
const resident2: Actor = { kind: "user", id: "u_r2", role: "resident", buildingId: b, unitIds: ["unit_2"] };
const guest: Actor = {
  kind: "guest",
  id: "g",
  role: "guest",
  buildingId: b,
  unitIds: ["unit_1"],
  reservationId: "r",
};

describe("storing telemetry", () => {
  it("stores an event once, whatever the redeliveries and instances, with a ttl of its hour plus the retention", async () => {
    const ts = minutesAgo(30);
    const e = reading("tel-1", ts, { temperature: 21.5, humidity: 41 });
    const outs = await Promise.all(Array.from({ length: 6 }, () => ingestSensorEvent(where, e)));
    expect(outs.filter((o) => o === "telemetry")).toHaveLength(1);
    expect(outs.filter((o) => o === "telemetry_duplicate")).toHaveLength(5);
    const item = await hourItem(sensor.id, ts);
    expect(item?.readings).toEqual([{ at: ts, values: { temperature: 21.5, humidity: 41 } }]);
    expect(item?.count).toBe(1);
    const hourEnd = Math.floor(Date.parse(`${ts.slice(0, 13)}:00:00Z`) / 1000) + 3600;
    expect(item?.[TTL_ATTRIBUTE]).toBe(hourEnd + 7 * 86_400);
  });

  it("the table expires items on that attribute", async () => {
    const raw = new DynamoDBClient({
      endpoint: process.env.DYNAMODB_ENDPOINT,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const out = await raw.send(new DescribeTimeToLiveCommand({ TableName: tableName() }));
    expect(out.TimeToLiveDescription?.AttributeName).toBe(TTL_ATTRIBUTE);
    expect(out.TimeToLiveDescription?.TimeToLiveStatus).toBe("ENABLED");
  });

  it("refuses malformed readings and unknown devices", async () => {
    expect(await ingestSensorEvent(where, reading("bad", minutesAgo(1), { temperature: Number.NaN }))).toBe(
      "malformed",
    );
    expect(await ingestSensorEvent(where, { eventId: "x", type: "telemetry", ts: minutesAgo(1) })).toBe(
      "malformed",
    );
    expect(
      await ingestSensorEvent(
        { buildingId: b, deviceId: "nope" },
        reading("u", minutesAgo(1), { temperature: 1 }),
      ),
    ).toBe("unknown_device");
  });

  it("records a native lock's battery state once per state, for its trend", async () => {
    const at = minutesAgo(10);
    expect(await recordStateReadings(lock, { locked: true, battery: 64 }, at)).toBe(true);
    expect(await recordStateReadings(lock, { locked: true, battery: 64 }, at)).toBe(false);
    expect(await recordStateReadings(lock, { locked: true }, minutesAgo(9))).toBe(false);
    const dialect = { ...lock, protocol: "zigbee2mqtt" as const };
    expect(await recordStateReadings(dialect, { battery: 60 }, minutesAgo(8))).toBe(false);
    const t = await getDeviceTelemetry(staff, lock.id, "24h");
    expect(t.series.map((s) => s.metric)).toEqual(["battery"]);
    expect(t.series[0].last).toEqual({ at, value: 64 });
  });
});

describe("reading telemetry", () => {
  it("downsamples a range into min/avg/max buckets", async () => {
    // three readings a minute apart inside ONE of the week's buckets (they are aligned to the clock): three days
    // ago "now minus 0, 1, 2 minutes" straddled two buckets whenever the suite ran in a bucket's first minutes
    const { bucketMs } = TELEMETRY_RANGES["7d"];
    const bucketStart = Math.floor((now.getTime() - 3 * 86_400_000) / bucketMs) * bucketMs;
    const inBucket = (i: number) => new Date(bucketStart + (i + 1) * 60_000).toISOString();
    await Promise.all(
      [20, 22, 24].map((v, i) =>
        ingestSensorEvent(where, reading(`week-${i}`, inBucket(i), { temperature: v })),
      ),
    );
    const day = await getDeviceTelemetry(staff, sensor.id, "24h");
    expect(day.bucketSeconds).toBe(900);
    expect(day.series.find((s) => s.metric === "temperature")?.buckets.map((x) => x.avg)).toEqual([21.5]);
    const week = await getDeviceTelemetry(staff, sensor.id, "7d");
    const temps = week.series.find((s) => s.metric === "temperature");
    expect(temps?.buckets.reduce((n, x) => n + x.count, 0)).toBe(4);
    const old = temps?.buckets.find((x) => x.count === 3);
    expect(old).toMatchObject({ min: 20, avg: 22, max: 24 });
  });

  it("lets residents read their units' devices only, and guests none", async () => {
    expect((await getDeviceTelemetry(resident1, sensor.id, "24h")).series.length).toBeGreaterThan(0);
    await expect(getDeviceTelemetry(resident2, sensor.id, "24h")).rejects.toMatchObject({
      code: "not_found",
    });
    await expect(getDeviceTelemetry(guest, sensor.id, "24h")).rejects.toMatchObject({ code: "forbidden" });
  });

  it("answers the API by token, and 422 on a range it does not offer", async () => {
    const { secret } = await seedToken(b);
    const ok = await callRoute(route.GET, `/api/v1/devices/${sensor.id}/telemetry?range=7d`, {
      headers: bearer(secret),
      params: { id: sensor.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ deviceId: sensor.id, range: "7d", bucketSeconds: 3600 });
    const bad = await callRoute(route.GET, `/api/v1/devices/${sensor.id}/telemetry?range=1y`, {
      headers: bearer(secret),
      params: { id: sensor.id },
    });
    expect(bad.status).toBe(422);
    const other = await callRoute(route.GET, `/api/v1/devices/nope/telemetry`, {
      headers: bearer(secret),
      params: { id: "nope" },
    });
    expect(other.status).toBe(404);
  });
});
