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
