import { rmSync } from "node:fs";
import { join } from "node:path";
import { DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { killStale, writePidFile } from "../stack/child-process";
import { startDynamoDbLocal } from "../stack/dynamodb-local";
import { freePort, portInUse } from "../stack/free-port";

export type DynamoTarget = { endpoint: string | undefined; what: string; stop: () => Promise<void> };

/** `npm run dev` keeps DynamoDB Local here (scripts/dev.ts, scripts/stack/start-stack.ts). */
const DEV_PORT = 8000;
const PID_FILE = "dynamodb.pid";

async function answersDynamo(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({
    endpoint,
    region: "us-east-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
    maxAttempts: 1,
  });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }), { abortSignal: AbortSignal.timeout(3_000) });
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/**
 * Where the scale seed writes. A bulk load into real DynamoDB costs money, so it never happens by default:
 * 1. DYNAMODB_ENDPOINT when set (the bench's stack, a dev stack on another port, a remote emulator);
 * 2. real DynamoDB only with `--aws`;
 * 3. the DynamoDB Local of a running `npm run dev` (localhost:8000);
 * 4. else DynamoDB Local started here on the dev stack's data folder (`.data/dynamodb`), stopped at the end, so
 *    the building is there for the next `npm run dev`. (In memory would be pointless: gone when the seed ends.)
 */
export async function resolveDynamo(opts: {
  aws: boolean;
  dataDir: string;
  env?: NodeJS.ProcessEnv;
}): Promise<DynamoTarget> {
  const env = opts.env ?? process.env;
  const none = async () => {};
  if (env.DYNAMODB_ENDPOINT)
    return { endpoint: env.DYNAMODB_ENDPOINT, what: "DYNAMODB_ENDPOINT", stop: none };
  if (opts.aws)
    return { endpoint: undefined, what: `real DynamoDB (${env.AWS_REGION ?? "us-east-1"})`, stop: none };
  const dev = `http://localhost:${DEV_PORT}`;
  if (await answersDynamo(dev))
    return { endpoint: dev, what: "the running dev stack's DynamoDB Local", stop: none };

  const pidFile = join(opts.dataDir, PID_FILE);
  await killStale(pidFile, "DynamoDBLocal");
  const port = (await portInUse(DEV_PORT)) ? await freePort() : DEV_PORT;
  const dynamo = await startDynamoDbLocal({ port, dbPath: join(opts.dataDir, "dynamodb") });
  writePidFile(pidFile, dynamo.process.pid);
  return {
    endpoint: dynamo.endpoint,
    what: "DynamoDB Local started on .data/dynamodb (kept for npm run dev)",
    stop: async () => {
      await dynamo.stop();
      rmSync(pidFile, { force: true });
    },
  };
}
