import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { freePort } from "@/scripts/stack/free-port";
import { isDependencyDown, toSafeError } from "./errors";

/** What the AWS SDK really throws when DynamoDB does not answer (a port nothing listens on), after its retries. */
async function sdkRefusal(): Promise<unknown> {
  const client = new DynamoDBClient({
    region: "us-east-1",
    endpoint: `http://127.0.0.1:${await freePort()}`,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({}));
    return undefined;
  } catch (e) {
    return e;
  } finally {
    client.destroy();
  }
}

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("toSafeError: a dependency that is down is a 503 `unavailable`, never a 500 with its detail", () => {
  it("maps the SDK's refused connection to 503 unavailable, without the network detail", async () => {
    const e = await sdkRefusal();
    expect(e).toBeInstanceOf(Error);
    const safe = toSafeError(e);
    expect(safe).toMatchObject({ code: "unavailable", status: 503 });
    expect(safe.message).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|at /);
  });

  it.each([
    ["a connection dropped mid-request", withCode("read ECONNRESET", "ECONNRESET")],
    ["a socket hang up", new Error("socket hang up")],
    ["a broken pipe", withCode("write EPIPE", "EPIPE")],
    ["the SDK's timeout", Object.assign(new Error("timed out"), { name: "TimeoutError" })],
    ["throttling", Object.assign(new Error("slow down"), { name: "ThrottlingException" })],
    ["a 5xx from the service", Object.assign(new Error("boom"), { $metadata: { httpStatusCode: 500 } })],
    [
      "both addresses of localhost refused (AggregateError)",
      new AggregateError([withCode("connect ECONNREFUSED ::1:8000", "ECONNREFUSED")], "connect failed"),
    ],
    ["a refusal as the cause", new Error("wrapped", { cause: withCode("x", "ECONNREFUSED") })],
  ])("maps %s to 503 unavailable", (_what, e) => {
    expect(isDependencyDown(e)).toBe(true);
    expect(toSafeError(e)).toMatchObject({ code: "unavailable", status: 503 });
  });

  it.each([
    ["a plain bug", new TypeError("cannot read properties of undefined")],
    [
      "a refused condition (the request's fault, 400)",
      Object.assign(new Error("Transaction cancelled"), {
        name: "TransactionCanceledException",
        $metadata: { httpStatusCode: 400 },
      }),
    ],
    ["a thrown string", "oops"],
  ])("keeps %s a 500 internal", (_what, e) => {
    expect(isDependencyDown(e)).toBe(false);
    expect(toSafeError(e)).toMatchObject({ code: "internal", status: 500 });
  });

  it("keeps an AppError's own code", () => {
    expect(toSafeError(new AppError("unavailable", "Nothing was sent."))).toMatchObject({
      code: "unavailable",
      status: 503,
      message: "Nothing was sent.",
    });
  });
});
