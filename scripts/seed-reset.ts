import {
  BatchWriteItemCommand,
  DynamoDBClient,
  ScanCommand,
  type WriteRequest,
} from "@aws-sdk/client-dynamodb";
import { config, localCredentials } from "@/server/config";
import type { Key } from "@/server/db/keys";
import { BatchWriter } from "./scale-data/batch-writer";

/**
 * Deletes every item of the given buildings: their partitions (`BLD#id`, `BLD#id#…`), the global lookup items
 * that point at them (email locks, check-in links, invitations, API tokens: they carry `buildingId`), and
 * the seed marker: every item of partition `marker` when it is a string (the demo seed's `SEED`), or just that
 * item when it is a key (the scale seed's `SEED` / `SCALE`, which must not drop the demo's marker).
 * A one-off script, so it may Scan — with its own raw client, since the app's client refuses Scan by design.
 * Deletes go out as BatchWriteItem, several in flight. Returns the number of items deleted.
 */
export async function resetBuildings(buildingIds: string[], marker: string | Key = "SEED"): Promise<number> {
  const c = config();
  const client = new DynamoDBClient({
    region: c.AWS_REGION,
    endpoint: c.DYNAMODB_ENDPOINT,
    credentials: localCredentials(c.DYNAMODB_ENDPOINT),
  });
  const values: Record<string, { S: string }> = {};
  const clauses: string[] = [];
  if (typeof marker === "string") {
    values[":seed"] = { S: marker };
    clauses.push("pk = :seed");
  } else {
    values[":seed"] = { S: marker.pk };
    values[":seedSk"] = { S: marker.sk };
    clauses.push("(pk = :seed AND sk = :seedSk)");
  }
  buildingIds.forEach((b, i) => {
    values[`:p${i}`] = { S: `BLD#${b}` };
    values[`:h${i}`] = { S: `BLD#${b}#` };
    values[`:b${i}`] = { S: b };
    clauses.push(`pk = :p${i}`, `begins_with(pk, :h${i})`, `buildingId = :b${i}`);
  });
  const writer = new BatchWriter<WriteRequest>(async (requests) => {
    const out = await client.send(
      new BatchWriteItemCommand({ RequestItems: { [c.DYNAMODB_TABLE]: requests } }),
    );
    return out.UnprocessedItems?.[c.DYNAMODB_TABLE] ?? [];
  });
  let start: Record<string, unknown> | undefined;
  try {
    do {
      const page = await client.send(
        new ScanCommand({
          TableName: c.DYNAMODB_TABLE,
          FilterExpression: clauses.join(" OR "),
          ExpressionAttributeValues: values,
          ProjectionExpression: "pk, sk",
          ExclusiveStartKey: start as never,
        }),
      );
      for (const Key of page.Items ?? []) await writer.add({ DeleteRequest: { Key } });
      start = page.LastEvaluatedKey;
    } while (start);
    await writer.flush();
  } finally {
    client.destroy();
  }
  return writer.written;
}
