import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { createTableInput, TTL_ATTRIBUTE } from "../../server/db/table-definition";
import { type Props, templates } from "./synth";

/** The app creates its local and test tables with createTableInput: the deployed table must be the same table. */
describe("DynamoDB table", () => {
  const tables = templates().main.findResources("AWS::DynamoDB::GlobalTable");
  const [table] = Object.values(tables) as { Properties: Props; DeletionPolicy?: string }[];
  const p = table.Properties;
  const app = createTableInput("any");

  it("is the only table", () => {
    assert.equal(Object.keys(tables).length, 1);
    assert.equal(Object.keys(templates().main.findResources("AWS::DynamoDB::Table")).length, 0);
  });

  it("has the app's key schema and attribute definitions", () => {
    assert.deepEqual(p.KeySchema, app.KeySchema);
    const byName = (a: { AttributeName: string }, b: { AttributeName: string }) =>
      a.AttributeName.localeCompare(b.AttributeName);
    assert.deepEqual([...p.AttributeDefinitions].sort(byName), [...app.AttributeDefinitions].sort(byName));
  });

  it("has exactly the app's global secondary indexes, keys and projections", () => {
    const deployed = p.GlobalSecondaryIndexes.map((g: Props) => ({
      IndexName: g.IndexName,
      KeySchema: g.KeySchema,
      Projection: g.Projection,
    }));
    assert.deepEqual(deployed, app.GlobalSecondaryIndexes);
  });

  it("bills on demand, keeps point-in-time recovery and expires items by the app's TTL attribute", () => {
    assert.equal(p.BillingMode, app.BillingMode);
    assert.deepEqual(p.TimeToLiveSpecification, { AttributeName: TTL_ATTRIBUTE, Enabled: true });
    const [replica] = p.Replicas;
    assert.equal(replica.PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled, true);
    assert.equal(replica.DeletionProtectionEnabled, true);
    assert.equal(table.DeletionPolicy, "Retain");
  });
});
