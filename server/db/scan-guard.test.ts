import { ScanCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { db, tableName } from "./client";
import { queryPage } from "./query";
import { ScanRefusedError } from "./scan-guard";

describe("scan guard", () => {
  it("refuses a Scan on the request-path client before it reaches DynamoDB", async () => {
    await expect(db().send(new ScanCommand({ TableName: tableName() }))).rejects.toBeInstanceOf(
      ScanRefusedError,
    );
  });

  it("lets a Query through", async () => {
    const page = await queryPage({ pk: "BLD#scan-guard-test" });
    expect(page).toEqual({ items: [], cursor: null });
  });
});

describe("background requests are named", () => {
  it("a job's requests (and its timers') carry the job's name; a request's own do not", async () => {
    const { DynamoDBClient, QueryCommand } = await import("@aws-sdk/client-dynamodb");
    const { config, localCredentials } = await import("../config");
    const { startDynamoCounter } = await import("@/scripts/bench/dynamodb-counter");
    const { runAsBackground } = await import("../runtime/background-work");
    const { tagBackgroundRequests } = await import("./scan-guard");
    const c = config();
    if (!c.DYNAMODB_ENDPOINT) throw new Error("the tests run against DynamoDB Local");
    const counter = await startDynamoCounter(c.DYNAMODB_ENDPOINT);
    try {
      const client = new DynamoDBClient({
        region: c.AWS_REGION,
        endpoint: counter.url,
        credentials: localCredentials(c.DYNAMODB_ENDPOINT),
      });
      tagBackgroundRequests(client);
      const query = () =>
        client.send(
          new QueryCommand({
            TableName: tableName(),
            KeyConditionExpression: "pk = :pk",
            ExpressionAttributeValues: { ":pk": { S: "BLD#background-tag-test" } },
          }),
        );
      await query();
      await runAsBackground("sweeper-a", () => query());
      // a timer set inside the job runs later, outside the call, and still belongs to it
      await runAsBackground(
        "sweeper-b",
        () => new Promise((resolve, reject) => setTimeout(() => query().then(resolve, reject), 5)),
      );
      await query();
      expect(counter.take()).toEqual({ Query: 2 });
      expect(counter.takeBackground()).toEqual({ "sweeper-a": 1, "sweeper-b": 1 });
    } finally {
      await counter.stop();
    }
  });
});
