import "server-only";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { config, localCredentials } from "../config";
import { HEALTH_TIMEOUT_MS, type HealthResult, timedCheck } from "../health-check";

let healthClient: DynamoDBClient | undefined;

/** A plain client (not the app's) that fails fast: one attempt, short connect and request timeouts. */
function fastClient(endpoint: string | undefined, timeoutMs: number): DynamoDBClient {
  return new DynamoDBClient({
    region: config().AWS_REGION,
    endpoint,
    credentials: localCredentials(endpoint),
    maxAttempts: 1,
    requestHandler: { connectionTimeout: timeoutMs, requestTimeout: timeoutMs, throwOnRequestTimeout: true },
  });
}

/** Kept for the process: the config's endpoint with the default deadline. */
function sharedClient(): DynamoDBClient {
  healthClient ??= fastClient(config().DYNAMODB_ENDPOINT, HEALTH_TIMEOUT_MS);
  return healthClient;
}

/** Is the table there and usable? DescribeTable, no retries, ~1.5 s at most. Options override the config. */
export async function checkDynamo(
  opts: { endpoint?: string; table?: string; timeoutMs?: number } = {},
): Promise<HealthResult> {
  const timeoutMs = opts.timeoutMs ?? HEALTH_TIMEOUT_MS;
  const own = opts.endpoint !== undefined || opts.timeoutMs !== undefined;
  const client = own ? fastClient(opts.endpoint, timeoutMs) : sharedClient();
  try {
    return await timedCheck(async (signal) => {
      const out = await client.send(
        new DescribeTableCommand({ TableName: opts.table ?? config().DYNAMODB_TABLE }),
        {
          abortSignal: signal,
        },
      );
      const status = out.Table?.TableStatus;
      if (status !== "ACTIVE" && status !== "UPDATING") throw new Error(`table is ${status ?? "missing"}`);
    }, timeoutMs);
  } finally {
    if (own) client.destroy();
  }
}
