import { mkdirSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { killStale, writePidFile } from "./child-process";
import { type RunningDynamo, startDynamoDbLocal } from "./dynamodb-local";
import { ensureBucket } from "./ensure-bucket";
import { ensureTable } from "./ensure-table";
import { freePort, portInUse } from "./free-port";
import { probeMqtt, type RunningBroker, startMqttBroker } from "./mqtt-broker";
import { type RunningS3, startS3 } from "./s3";

export type StackEnv = {
  AWS_REGION: string;
  DYNAMODB_ENDPOINT: string;
  DYNAMODB_TABLE: string;
  S3_ENDPOINT: string;
  S3_BUCKET: string;
  MQTT_URL: string;
};

export type StackOptions = {
  /** Keep data across restarts under this folder (`dynamodb/`, `s3/`); in memory / a temporary folder otherwise. */
  persistDir?: string;
  /**
   * Preferred ports. A part whose port is unset gets a free one. A taken port falls back to a free one,
   * except MQTT: a broker already answering there (say, the user's mosquitto) is used instead.
   */
  ports?: { dynamodb?: number; s3?: number; mqtt?: number };
  /** Where the user's settings are read from (default `process.env`). A part whose variable is set is not started. */
  env?: Record<string, string | undefined>;
  /** The app's origin, allowed by the bucket's CORS for browser uploads (default APP_URL or localhost:3000). */
  appUrl?: string;
  log?: (message: string) => void;
};

export type Stack = { env: StackEnv; stop: () => Promise<void> };

/**
 * Starts the local stand-ins the app needs (DynamoDB Local, the S3 emulator, an MQTT broker), creates the
 * table and bucket, and returns the environment that points the app at them. Each part is replaced by the
 * real service by setting its variable (DYNAMODB_ENDPOINT, S3_ENDPOINT, MQTT_URL): then it is not started.
 */
export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const user = opts.env ?? process.env;
  const log = opts.log ?? ((m: string) => console.log(`[stack] ${m}`));
  const persistDir = opts.persistDir ? resolve(opts.persistDir) : undefined;
  const region = user.AWS_REGION || "us-east-1";
  const table = user.DYNAMODB_TABLE || "buildingos";
  const bucket = user.S3_BUCKET || "buildingos-local";
  const appUrl = opts.appUrl ?? user.APP_URL ?? "http://localhost:3000";
  const ports = opts.ports ?? {};
  if (persistDir) mkdirSync(persistDir, { recursive: true });

  const dynamoStart = user.DYNAMODB_ENDPOINT ? undefined : startDynamo(ports.dynamodb, persistDir, log);
  const s3Start = user.S3_ENDPOINT ? undefined : startS3Part(ports.s3, persistDir, bucket, appUrl, log);
  const mqttStart = user.MQTT_URL ? undefined : startMqttPart(ports.mqtt, user, log);
  const settled = await Promise.allSettled([dynamoStart, s3Start, mqttStart]);
  const [dynamo, s3, mqtt] = settled.map((s) => (s.status === "fulfilled" ? s.value : undefined)) as [
    RunningDynamo | undefined,
    RunningS3 | undefined,
    RunningBroker | "external" | undefined,
  ];

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    await Promise.allSettled([
      dynamo?.stop(),
      s3?.stop(),
      mqtt && mqtt !== "external" ? mqtt.stop() : undefined,
    ]);
    if (persistDir) rmSync(join(persistDir, PID_FILE), { force: true });
  };

  const failed = settled.find((s) => s.status === "rejected");
  if (failed) {
    await stop();
    throw (failed as PromiseRejectedResult).reason;
  }

  const env: StackEnv = {
    AWS_REGION: region,
    DYNAMODB_ENDPOINT: user.DYNAMODB_ENDPOINT || (dynamo as RunningDynamo).endpoint,
    DYNAMODB_TABLE: table,
    S3_ENDPOINT: user.S3_ENDPOINT || (s3 as RunningS3).endpoint,
    S3_BUCKET: bucket,
    MQTT_URL: user.MQTT_URL || (mqtt && mqtt !== "external" ? mqtt.url : `mqtt://localhost:${ports.mqtt}`),
  };
  if (user.DYNAMODB_ENDPOINT) log(`DynamoDB: using ${user.DYNAMODB_ENDPOINT} (DYNAMODB_ENDPOINT)`);
  if (user.S3_ENDPOINT) log(`S3: using ${user.S3_ENDPOINT} (S3_ENDPOINT)`);
  if (user.MQTT_URL) log(`MQTT: using ${user.MQTT_URL} (MQTT_URL)`);

  try {
    await ensure(
      "table",
      table,
      () => ensureTable({ endpoint: env.DYNAMODB_ENDPOINT, region, tableName: table }),
      !!user.DYNAMODB_ENDPOINT,
      log,
    );
    await ensure(
      "bucket",
      bucket,
      () => ensureBucket({ endpoint: env.S3_ENDPOINT, region, bucket, corsOrigins: [appUrl] }),
      !!user.S3_ENDPOINT,
      log,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { env, stop };
}

/** Creating on our own emulators must work; on a service the user points at, a refusal is only reported. */
async function ensure(
  what: string,
  name: string,
  create: () => Promise<boolean>,
  external: boolean,
  log: (m: string) => void,
): Promise<void> {
  try {
    if (await create()) log(`created ${what} ${name}`);
  } catch (e) {
    if (!external) throw e;
    log(`warning: could not check or create ${what} ${name}: ${(e as Error).name}: ${(e as Error).message}`);
  }
}

const PID_FILE = "dynamodb.pid";

async function startDynamo(
  preferred: number | undefined,
  persistDir: string | undefined,
  log: (m: string) => void,
): Promise<RunningDynamo> {
  if (persistDir) {
    // A dev script killed outright (SIGKILL runs no handler) leaves its DynamoDB Local holding the port and files.
    const stale = await killStale(join(persistDir, PID_FILE), "DynamoDBLocal");
    if (stale) log(`stopped a DynamoDB Local left running by an earlier start (pid ${stale})`);
  }
  const port = await pickPort(preferred, "DynamoDB Local", log);
  const dynamo = await startDynamoDbLocal({
    port,
    dbPath: persistDir ? join(persistDir, "dynamodb") : undefined,
  });
  if (persistDir) writePidFile(join(persistDir, PID_FILE), dynamo.process.pid);
  log(`DynamoDB Local on ${dynamo.endpoint}${persistDir ? "" : " (in memory)"}`);
  return dynamo;
}

async function startS3Part(
  preferred: number | undefined,
  persistDir: string | undefined,
  bucket: string,
  appUrl: string,
  log: (m: string) => void,
): Promise<RunningS3> {
  const port = await pickPort(preferred, "S3 emulator", log);
  const s3 = await startS3({
    port,
    directory: persistDir ? join(persistDir, "s3") : undefined,
    bucket,
    // Any localhost port too: the e2e server and a second `next dev` run on other ports.
    corsOrigins: [...new Set([new URL(appUrl).origin, "http://localhost:*"])],
  });
  log(`S3 emulator on ${s3.endpoint}, bucket ${bucket}`);
  return s3;
}

async function startMqttPart(
  preferred: number | undefined,
  user: Record<string, string | undefined>,
  log: (m: string) => void,
): Promise<RunningBroker | "external"> {
  const credentials = {
    username: user.MQTT_USERNAME || undefined,
    password: user.MQTT_PASSWORD || undefined,
  };
  if (preferred !== undefined && (await portInUse(preferred))) {
    if (await probeMqtt(`mqtt://localhost:${preferred}`, credentials)) {
      log(`MQTT: using the broker already listening on localhost:${preferred}`);
      return "external";
    }
    log(`port ${preferred} is taken by something that does not answer MQTT; the broker gets a free port`);
    preferred = undefined;
  }
  const broker = await startMqttBroker({ port: preferred ?? 0, ...credentials });
  log(`MQTT broker on ${broker.url}`);
  return broker;
}

async function pickPort(
  preferred: number | undefined,
  what: string,
  log: (m: string) => void,
): Promise<number> {
  if (preferred === undefined) return freePort();
  if (!(await portInUse(preferred))) return preferred;
  const port = await freePort();
  log(`port ${preferred} is taken; ${what} uses ${port} instead`);
  return port;
}
