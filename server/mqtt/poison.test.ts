import { DynamoDBClient, ProvisionedThroughputExceededException } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { seedBuilding } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { db } from "../db/client";
import { updateDeviceState } from "../db/devices";
import { TransactionRefused } from "../db/write";
import { newMqttMetrics } from "./metrics";
import { classifyError, DeliveryAttempts, MAX_DELIVERIES, PoisonLog } from "./poison";

/** The error a real write of `state` throws (DynamoDB Local, the app's own client and marshaller). */
async function stateWriteError(state: Record<string, unknown>): Promise<unknown> {
  const b = newBuildingId();
  await seedBuilding(b);
  const d = await seedDevice(b);
  try {
    await updateDeviceState({ buildingId: b, deviceId: d.id, state, stateAt: new Date().toISOString() });
  } catch (e) {
    return e;
  }
  throw new Error("the write succeeded");
}

const nested = (levels: number): Record<string, unknown> => {
  let v: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < levels; i++) v = { n: v };
  return v;
};

describe("classifyError", () => {
  it("calls what the database or its marshaller refuses permanent", async () => {
    const unsafe = await stateWriteError({ x: 1e300 });
    expect(String(unsafe)).toMatch(/MAX_SAFE_INTEGER/);
    expect(classifyError(unsafe)).toBe("permanent");
    const deep = await stateWriteError(nested(40));
    expect((deep as Error).name).toBe("ValidationException");
    expect(classifyError(deep)).toBe("permanent");
    const tiny = await stateWriteError({ x: 1e-200 });
    expect((tiny as Error).name).toBe("ValidationException");
    expect(classifyError(tiny)).toBe("permanent");
    expect(classifyError(new TransactionRefused(["None", "ValidationError"]))).toBe("permanent");
    expect(classifyError(z.object({ a: z.string() }).safeParse({}).error)).toBe("permanent");
    expect(classifyError(new AppError("validation", "bad"))).toBe("permanent");
  });

  it("calls throttling, an unreachable database and a busy transaction transient", async () => {
    const closed = DynamoDBDocumentClient.from(
      new DynamoDBClient({
        region: "us-east-1",
        endpoint: "http://127.0.0.1:9", // discard port: nothing listens
        credentials: { accessKeyId: "x", secretAccessKey: "x" },
        maxAttempts: 1,
      }),
    );
    const refused = await closed.send(new PutCommand({ TableName: "t", Item: { pk: "a" } })).catch((e) => e);
    expect(classifyError(refused)).toBe("transient");
    const throttled = new ProvisionedThroughputExceededException({ message: "slow down", $metadata: {} });
    expect(classifyError(throttled)).toBe("transient");
    expect(classifyError(new TransactionRefused(["None", "ThrottlingError"]))).toBe("transient");
    expect(classifyError(new TransactionRefused(["TransactionConflict"]))).toBe("transient");
    expect(classifyError(new AppError("unavailable", "down"))).toBe("transient");
    const noTable = await db()
      .send(new PutCommand({ TableName: "no-such-table", Item: { pk: "a", sk: "b" } }))
      .catch((e) => e);
    expect((noTable as Error).name).toBe("ResourceNotFoundException");
    expect(classifyError(noTable)).toBe("transient");
    expect(classifyError(Object.assign(new Error("socket"), { code: "ECONNRESET" }))).toBe("transient");
    expect(
      classifyError(new Error("wrapped", { cause: Object.assign(new Error("x"), { code: "ETIMEDOUT" }) })),
    ).toBe("transient");
  });

  it("leaves anything else unknown", () => {
    expect(classifyError(new Error("something odd"))).toBe("unknown");
    expect(classifyError("a string")).toBe("unknown");
  });
});

describe("DeliveryAttempts", () => {
  it(`gives a message up on its ${MAX_DELIVERIES}th failed delivery, and forgets one that succeeded`, () => {
    const a = new DeliveryAttempts();
    const k = DeliveryAttempts.key("p/b/devices/d/state", Buffer.from("{}"));
    const other = DeliveryAttempts.key("p/b/devices/d/state", Buffer.from("{ }"));
    expect(k).not.toBe(other);
    for (let i = 1; i < MAX_DELIVERIES; i++) expect(a.failed(k)).toBe(false);
    expect(a.failed(other)).toBe(false);
    expect(a.failed(k)).toBe(true);
    a.forget(other);
    expect(a.size).toBe(0);
  });

  it("stays bounded", () => {
    const a = new DeliveryAttempts(100);
    for (let i = 0; i < 1000; i++) a.failed(`k${i}`);
    expect(a.size).toBe(100);
  });
});

describe("PoisonLog", () => {
  it("counts every message", () => {
    const m = newMqttMetrics();
    const log = new PoisonLog(m);
    for (let i = 0; i < 50; i++)
      log.record({ topic: "t", payload: Buffer.from("x".repeat(1000)) }, "too_large");
    expect(m.poison).toBe(50);
  });
});
