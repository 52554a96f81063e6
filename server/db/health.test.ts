import { describe, expect, it } from "vitest";
import { freePort } from "../../scripts/stack/free-port";
import { checkDynamo } from "./health";

// test/setup-env.ts points DYNAMODB_ENDPOINT/DYNAMODB_TABLE at the run's DynamoDB Local.
describe("checkDynamo", () => {
  it("is up when the table exists", async () => {
    const res = await checkDynamo();
    expect(res).toMatchObject({ ok: true });
  });

  it("is down when the table is missing", async () => {
    const res = await checkDynamo({ endpoint: process.env.DYNAMODB_ENDPOINT, table: "no-such-table" });
    expect(res).toMatchObject({ ok: false, error: "ResourceNotFoundException" });
  });

  it("is down, quickly, when nothing listens", async () => {
    const started = Date.now();
    const res = await checkDynamo({ endpoint: `http://localhost:${await freePort()}` });
    expect(res.ok).toBe(false);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
