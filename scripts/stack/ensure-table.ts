import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
} from "@aws-sdk/client-dynamodb";
import { createTableInput, TTL_ATTRIBUTE } from "../../server/db/table-definition";

/** Creates the table (from the one definition) when it is missing; returns true when it created it. */
export async function ensureTable(opts: {
  endpoint?: string;
  region?: string;
  tableName: string;
}): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint: opts.endpoint,
    region: opts.region ?? "us-east-1",
    credentials: opts.endpoint ? { accessKeyId: "local", secretAccessKey: "local" } : undefined,
  });
  try {
    try {
      const { Table } = await client.send(new DescribeTableCommand({ TableName: opts.tableName }));
      // a table made before the access counters moved to the stream (issue 19) gets its stream now
      if (!Table?.StreamSpecification?.StreamEnabled)
        await client.send(
          new UpdateTableCommand({
            TableName: opts.tableName,
            StreamSpecification: createTableInput(opts.tableName).StreamSpecification,
          }),
        );
      return false;
    } catch (e) {
      if (!(e instanceof ResourceNotFoundException)) throw e;
    }
    await client.send(new CreateTableCommand(createTableInput(opts.tableName)));
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: opts.tableName,
        TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      }),
    );
    return true;
  } finally {
    client.destroy();
  }
}
