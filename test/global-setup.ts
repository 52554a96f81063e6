import type { TestProject } from "vitest/node";
import { startDynamoDbLocal } from "../scripts/stack/dynamodb-local";
import { ensureTable } from "../scripts/stack/ensure-table";

/**
 * One DynamoDB Local (in memory, free port) for the whole Vitest run. Each test file uses its own
 * building ids, so files can run in parallel against the same table.
 */
export default async function setup(project: TestProject) {
  const dynamo = await startDynamoDbLocal();
  const tableName = "buildingos-test";
  await ensureTable({ endpoint: dynamo.endpoint, tableName });
  project.provide("dynamoEndpoint", dynamo.endpoint);
  process.env.DYNAMODB_ENDPOINT = dynamo.endpoint;
  process.env.DYNAMODB_TABLE = tableName;
  return async () => {
    await dynamo.stop();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    dynamoEndpoint: string;
  }
}
