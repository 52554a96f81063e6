import "server-only";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config, localCredentials } from "../config";
import { clientProbe, fastRequestHandler, type HealthResult } from "../health-check";

/** A plain client (not the app's, which retries) that fails fast: one attempt, short deadlines. */
const probeDynamo = clientProbe((endpoint, timeoutMs) => {
  const at = endpoint ?? config().DYNAMODB_ENDPOINT;
  return new DynamoDBClient({
    region: config().AWS_REGION,
    endpoint: at,
    credentials: localCredentials(at),
    maxAttempts: 1,
    requestHandler: fastRequestHandler(timeoutMs),
  });
});

/** Is the table there and usable? DescribeTable, no retries, ~1.5 s at most. Options override the config. */
export function checkDynamo(
  opts: { endpoint?: string; table?: string; timeoutMs?: number } = {},
): Promise<HealthResult> {
  return probeDynamo(opts, async (client, signal) => {
    const out = await client.send(
      new DescribeTableCommand({ TableName: opts.table ?? config().DYNAMODB_TABLE }),
      { abortSignal: signal },
    );
    const status = out.Table?.TableStatus;
    if (status !== "ACTIVE" && status !== "UPDATING") throw new Error(`table is ${status ?? "missing"}`);
  });
}
