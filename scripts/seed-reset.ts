import { BatchWriteItemCommand, DynamoDBClient, ScanCommand } from "@aws-sdk/client-dynamodb";
import { config, localCredentials } from "@/server/config";

/**
 * Deletes every item of the given buildings: their partitions (`BLD#id`, `BLD#id#…`), the global lookup items
 * that point at them (email locks, check-in links, invitations, API tokens: they carry `buildingId`), and
 * the seed marker. A one-off script, so it may Scan — with its own raw client, since the app's client refuses
 * Scan by design. Returns the number of items deleted.
 */
export async function resetBuildings(buildingIds: string[], markerPk = "SEED"): Promise<number> {
  const c = config();
  const client = new DynamoDBClient({
    region: c.AWS_REGION,
    endpoint: c.DYNAMODB_ENDPOINT,
    credentials: localCredentials(c.DYNAMODB_ENDPOINT),
  });
  const values: Record<string, { S: string }> = { ":seed": { S: markerPk } };
  const clauses = ["pk = :seed"];
  buildingIds.forEach((b, i) => {
    values[`:p${i}`] = { S: `BLD#${b}` };
    values[`:h${i}`] = { S: `BLD#${b}#` };
    values[`:b${i}`] = { S: b };
    clauses.push(`pk = :p${i}`, `begins_with(pk, :h${i})`, `buildingId = :b${i}`);
  });
  let deleted = 0;
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
      const keys = page.Items ?? [];
      for (let i = 0; i < keys.length; i += 25) {
        let requests = keys.slice(i, i + 25).map((Key) => ({ DeleteRequest: { Key } }));
        for (let attempt = 0; requests.length; attempt++) {
          if (attempt) await new Promise((r) => setTimeout(r, 50 * attempt));
          const out = await client.send(
            new BatchWriteItemCommand({ RequestItems: { [c.DYNAMODB_TABLE]: requests } }),
          );
          const left = (out.UnprocessedItems?.[c.DYNAMODB_TABLE] ?? []) as typeof requests;
          deleted += requests.length - left.length;
          requests = left;
        }
      }
      start = page.LastEvaluatedKey;
    } while (start);
  } finally {
    client.destroy();
  }
  return deleted;
}
