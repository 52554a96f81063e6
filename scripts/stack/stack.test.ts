import { execFileSync } from "node:child_process";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { connectAsync, type IClientOptions, type MqttClient } from "mqtt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Stack, startStack } from "./start-stack";

// A stack of its own: in memory, free ports, and `env: {}` so the run's shared DynamoDB Local
// (which test/setup-env.ts puts in process.env) is not adopted instead of started.
let stack: Stack;
const clients: MqttClient[] = [];

beforeAll(async () => {
  stack = await startStack({ env: {}, log: () => {} });
}, 90_000);

afterAll(async () => {
  await Promise.all(clients.map((c) => c.endAsync(true)));
  await stack?.stop();
});

function javaOnPort(port: string): string {
  try {
    return execFileSync("pgrep", ["-f", `DynamoDBLocal.jar .*-port ${port} `], { encoding: "utf8" }).trim();
  } catch {
    return ""; // pgrep exits 1 when nothing matches
  }
}

async function mqttClient(opts: IClientOptions = {}): Promise<MqttClient> {
  const c = await connectAsync(stack.env.MQTT_URL, { reconnectPeriod: 0, connectTimeout: 2000, ...opts });
  clients.push(c);
  return c;
}

function nextMessage(
  c: MqttClient,
): Promise<{ topic: string; payload: string; qos: number; retain: boolean }> {
  return new Promise((resolve) =>
    c.once("message", (topic, payload, packet) =>
      resolve({ topic, payload: payload.toString(), qos: packet.qos, retain: packet.retain }),
    ),
  );
}

describe("startStack (in memory, free ports)", () => {
  it("returns the environment that points at its parts", () => {
    expect(stack.env).toMatchObject({
      AWS_REGION: "us-east-1",
      DYNAMODB_TABLE: "buildingos",
      S3_BUCKET: "buildingos-local",
    });
    expect(stack.env.DYNAMODB_ENDPOINT).toMatch(/^http:\/\/localhost:\d+$/);
    expect(stack.env.S3_ENDPOINT).toMatch(/^http:\/\/localhost:\d+$/);
    expect(stack.env.MQTT_URL).toMatch(/^mqtt:\/\/localhost:\d+$/);
  });

  it("has created the table", async () => {
    const db = new DynamoDBClient({
      endpoint: stack.env.DYNAMODB_ENDPOINT,
      region: "us-east-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const out = await db.send(new DescribeTableCommand({ TableName: stack.env.DYNAMODB_TABLE }));
    expect(out.Table?.TableStatus).toBe("ACTIVE");
    db.destroy();
  });

  it("round-trips an object through the S3 emulator, with the app's credentials", async () => {
    const s3 = new S3Client({
      endpoint: stack.env.S3_ENDPOINT,
      region: "us-east-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const Key = "tickets/t1/photo.txt";
    await s3.send(
      new PutObjectCommand({ Bucket: stack.env.S3_BUCKET, Key, Body: "hello", ContentType: "text/plain" }),
    );
    const got = await s3.send(new GetObjectCommand({ Bucket: stack.env.S3_BUCKET, Key }));
    expect(await got.Body?.transformToString()).toBe("hello");
    expect(got.ContentType).toBe("text/plain");
    s3.destroy();
  });

  it("allows browser uploads from the app's origin (CORS preflight)", async () => {
    const res = await fetch(`${stack.env.S3_ENDPOINT}/${stack.env.S3_BUCKET}`, {
      method: "OPTIONS",
      headers: {
        Origin: "http://localhost:3000",
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type",
      },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    const other = await fetch(`${stack.env.S3_ENDPOINT}/${stack.env.S3_BUCKET}`, {
      method: "OPTIONS",
      headers: { Origin: "http://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(other.status).toBe(403);
  });

  it("delivers a QoS 1 message from publisher to subscriber", async () => {
    const sub = await mqttClient();
    const pub = await mqttClient();
    const topic = "buildingos/b1/devices/d1/events";
    await sub.subscribeAsync(topic, { qos: 1 });
    const received = nextMessage(sub);
    await pub.publishAsync(topic, JSON.stringify({ eventId: "e1" }), { qos: 1 });
    expect(await received).toMatchObject({ topic, payload: '{"eventId":"e1"}', qos: 1, retain: false });
  });

  it("keeps a retained message for later subscribers", async () => {
    const pub = await mqttClient();
    const topic = "buildingos/b1/devices/d2/state";
    await pub.publishAsync(topic, '{"locked":true}', { qos: 1, retain: true });
    const late = await mqttClient();
    const received = nextMessage(late);
    await late.subscribeAsync(topic, { qos: 1 });
    expect(await received).toMatchObject({ topic, payload: '{"locked":true}', retain: true });
  });

  it("publishes a client's last will when it drops", async () => {
    const topic = "buildingos/b1/devices/d3/availability";
    const watcher = await mqttClient();
    await watcher.subscribeAsync(topic, { qos: 1 });
    const device = await mqttClient({
      will: { topic, payload: Buffer.from("offline"), qos: 1, retain: true },
    });
    const received = nextMessage(watcher);
    device.stream.destroy(); // an abrupt drop, not a clean DISCONNECT
    expect(await received).toMatchObject({ topic, payload: "offline" });
  });

  it("stops every part and leaves no Java process behind", async () => {
    const port = new URL(stack.env.DYNAMODB_ENDPOINT).port;
    expect(javaOnPort(port)).not.toBe("");
    await Promise.all(clients.splice(0).map((c) => c.endAsync(true)));
    await stack.stop();
    expect(javaOnPort(port)).toBe("");
    await expect(fetch(stack.env.S3_ENDPOINT)).rejects.toThrow();
    await expect(
      connectAsync(stack.env.MQTT_URL, { reconnectPeriod: 0, connectTimeout: 1000 }),
    ).rejects.toThrow();
  });
});
