import "server-only";
import { z } from "zod";
import { COMMAND_TIMEOUT_MS } from "@/lib/domain/device-command";
import { EMAIL_TRANSPORTS } from "./email/types";
import { SMS_TRANSPORTS } from "./sms/types";

/**
 * Every environment variable the app reads, in one place: its type, default and what it is for. Every local
 * stand-in is replaced by the real AWS service by setting these (see .env.example; README "Configuration"
 * lists the same names, which `config.test.ts` checks). No other module of the app reads `process.env`,
 * except two that cannot load this server-only module: `instrumentation.ts` (`NEXT_RUNTIME`, before anything
 * is imported; it also runs in the Edge runtime) and `next.config.ts` (loaded by Next's CLI; the CSP of
 * `lib/csp.ts`, from variables declared here). `lib/csp.ts` takes the variables as an argument.
 *
 * Keys are the variables' own names (not grouped as `config().mqtt.url`…): one name from .env.example to the code,
 * searchable with grep. An empty value counts as unset (`MQTT_USERNAME=` in a .env file). `checkConfigAtStart()` runs from
 * instrumentation.ts and stops the server with one line per bad variable; `config()` validates on first use
 * for scripts and tests.
 */

/** A variable: its schema (with the default, if any), one line of description, and what a bad value should be. */
type Var<S extends z.ZodType = z.ZodType> = { schema: S; describe: string; expects: string };
const v = <S extends z.ZodType>(schema: S, describe: string, expects: string): Var<S> => ({
  schema,
  describe,
  expects,
});

const int = (min: number, max = Number.MAX_SAFE_INTEGER) => z.coerce.number().int().min(min).max(max);
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.string().trim().toLowerCase().pipe(z.enum(values));
/** `1`/`true` or `0`/`false`. */
const flag = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(["1", "true", "0", "false"]))
    .transform((s) => s === "1" || s === "true");
const PROVIDERS = ["offline", "bedrock", "openai-compatible"] as const;

export const ENV = {
  // --- runtime --------------------------------------------------------------------------------------------
  NODE_ENV: v(
    oneOf(["development", "production", "test"]).default("development"),
    "set by Next (and the Dockerfile); production requires AUTH_SECRET",
    "development, production or test",
  ),
  NEXT_PHASE: v(
    z.string().optional(),
    "set by Next itself: phase-production-build while `next build` runs (no broker connection then)",
    "a Next phase name",
  ),
  LOG_LEVEL: v(
    oneOf(["debug", "info", "warn", "error"]).default("info"),
    "debug adds one line per API request",
    "debug, info, warn or error",
  ),
  // --- AWS, DynamoDB, S3 ----------------------------------------------------------------------------------
  AWS_REGION: v(
    z.string().default("us-east-1"),
    "region of the table, bucket, Bedrock and SES",
    "a region name",
  ),
  AWS_ACCESS_KEY_ID: v(
    z.string().optional(),
    "with a custom *_ENDPOINT, the key presented to it (else `local`); otherwise the SDK's own chain",
    "an access key id",
  ),
  AWS_SECRET_ACCESS_KEY: v(z.string().optional(), "the secret of AWS_ACCESS_KEY_ID", "a secret access key"),
  DYNAMODB_ENDPOINT: v(
    z.url().optional(),
    "unset: the real DynamoDB; else DynamoDB Local or another",
    "a URL",
  ),
  DYNAMODB_TABLE: v(z.string().min(1).default("buildingos"), "the single table", "a table name"),
  S3_ENDPOINT: v(
    z.url().optional(),
    "unset: the real S3; else an S3-compatible endpoint (path-style)",
    "a URL",
  ),
  S3_BUCKET: v(z.string().min(1).default("buildingos-local"), "the uploads bucket", "a bucket name"),
  // --- MQTT -----------------------------------------------------------------------------------------------
  MQTT_URL: v(
    z.string().min(1).default("mqtt://localhost:1883"),
    "the broker (IoT Core, Mosquitto, the embedded one)",
    "mqtt://, mqtts://, ws:// or wss:// URL",
  ),
  MQTT_USERNAME: v(z.string().optional(), "user the app presents to the broker", "a user name"),
  MQTT_PASSWORD: v(z.string().optional(), "password the app presents to the broker", "a password"),
  MQTT_TOPIC_PREFIX: v(
    z.string().min(1).default("buildingos"),
    "first topic level of the MQTT contract",
    "a name",
  ),
  MQTT_SHARE_NAME: v(
    z.string().min(1).default("buildingos"),
    "shared-subscription group of the device events (MQTT 5)",
    "a name",
  ),
  MQTT_PROTOCOL_VERSION: v(
    oneOf(["4", "5", "auto"]).default("auto"),
    "5 (shared event subscription), 4 (MQTT 3.1.1) or auto",
    "4, 5 or auto",
  ),
  MQTT_ZIGBEE2MQTT_BASE_TOPICS: v(
    z
      .string()
      .regex(/^[^#+/$\s,][^#+/\s,]*(,[^#+/$\s,][^#+/\s,]*)*$/)
      .default("zigbee2mqtt"),
    "Zigbee2MQTT base topics the app listens under (comma-separated; a device's address must use one)",
    "comma-separated topic levels",
  ),
  MQTT_ZWAVE_JS_UI_PREFIXES: v(
    z
      .string()
      .regex(/^[^#+/$\s,][^#+/\s,]*(,[^#+/$\s,][^#+/\s,]*)*$/)
      .default("zwave"),
    "Z-Wave JS UI gateway prefixes the app listens under (comma-separated; a device's address must use one)",
    "comma-separated topic levels",
  ),
  MQTT_DISABLED: v(
    flag().default(false),
    "keeps this process off the broker (no connection, no sweepers)",
    "1, true, 0 or false",
  ),
  INSTANCE_ID: v(
    z.string().trim().optional(),
    "stable name of this instance: the broker keeps its session across restarts (default host and pid)",
    "a name",
  ),
  COMMAND_TIMEOUT_MS: v(
    int(1).default(COMMAND_TIMEOUT_MS),
    "how long a device has to acknowledge a command (ms)",
    "a positive whole number of milliseconds",
  ),
  // --- stopping -------------------------------------------------------------------------------------------
  NEXT_MANUAL_SIG_HANDLE: v(
    z.string().optional(),
    "set (the image and `npm start` set 1): the app's graceful stop handles SIGTERM instead of Next",
    "any non-empty value, e.g. 1",
  ),
  SHUTDOWN_DRAIN_MS: v(
    int(1).default(10_000),
    "budget of the whole graceful stop after SIGTERM (ms)",
    "a positive whole number of milliseconds",
  ),
  SHUTDOWN_LINGER_MS: v(
    int(0).default(0),
    "keep answering /api/health 503 draining this long after SIGTERM (ms)",
    "a whole number of milliseconds, 0 or more",
  ),
  // --- sign-in, links, health -----------------------------------------------------------------------------
  AUTH_SECRET: v(
    z.string().min(16).optional(),
    "signs sessions and cursors; required in production",
    "at least 16 characters (32 random ones in production)",
  ),
  APP_URL: v(
    z.url().default("http://localhost:3000"),
    "public URL (links in emails, CORS, Origin check)",
    "a URL",
  ),
  HEALTH_TOKEN: v(
    z.string().min(16).optional(),
    "Bearer token that unlocks /api/health's details; unset: details for nobody",
    "at least 16 characters",
  ),
  TRUSTED_PROXY_HOPS: v(
    int(1, 10).default(1),
    "proxies appending to X-Forwarded-For (the sign-in limits' client key)",
    "a whole number from 1 to 10",
  ),
  SCRYPT_CONCURRENCY: v(
    int(1).default(2),
    "password hashes run at once (128 MiB each)",
    "a positive whole number",
  ),
  SCRYPT_QUEUE: v(
    int(1).default(8),
    "password hashes waiting; past that sign-in answers busy",
    "a positive whole number",
  ),
  // --- email ----------------------------------------------------------------------------------------------
  EMAIL_TRANSPORT: v(
    oneOf(EMAIL_TRANSPORTS).default("outbox"),
    "outbox (stored, read by managers in the app) or ses (Amazon SES v2)",
    `one of ${EMAIL_TRANSPORTS.join(", ")}`,
  ),
  EMAIL_FROM: v(
    z.string().min(1).default("BuildingOS <no-reply@buildingos.example>"),
    "sender address (a verified SES identity with ses)",
    "an address, e.g. Name <a@b.example>",
  ),
  // --- web push (issue 16) --------------------------------------------------------------------------------
  VAPID_PUBLIC_KEY: v(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{87}$/)
      .optional(),
    "the building's VAPID public key (browsers subscribe with it); unset: push off (`npm run dev` generates a pair)",
    "a P-256 public key, URL-safe base64 without padding (87 characters)",
  ),
  VAPID_PRIVATE_KEY: v(
    z
      .string()
      .regex(/^[A-Za-z0-9_-]{43}$/)
      .optional(),
    "the private half of VAPID_PUBLIC_KEY: signs each push (both or neither)",
    "a P-256 private key, URL-safe base64 without padding (43 characters)",
  ),
  VAPID_SUBJECT: v(
    z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/)
      .optional(),
    "who push services may contact about our pushes (default mailto: the EMAIL_FROM address)",
    "a mailto: address or an https: URL",
  ),
  PUSH_ALLOW_PRIVATE: v(
    flag().default(false),
    "let push endpoints be localhost and private networks (development and tests only)",
    "1, true, 0 or false",
  ),
  EMAIL_REPLY_ADDRESS: v(
    z.email().optional(),
    "guest messages' reply address; each stay gets local+token@domain (SES receipt there); unset: no replies",
    "an address, e.g. stays@reply.example.com",
  ),
  INBOUND_EMAIL_SECRET: v(
    z.string().min(16).optional(),
    "shared secret the inbound email route requires (Bearer); unset: the route refuses everything",
    "at least 16 characters",
  ),
  // --- guest text messages (issue 17) ---------------------------------------------------------------------
  SMS_TRANSPORT: v(
    oneOf(SMS_TRANSPORTS).default("outbox"),
    "outbox (stored per building, read locally) or aws (AWS End User Messaging SMS)",
    `one of ${SMS_TRANSPORTS.join(", ")}`,
  ),
  SMS_ORIGINATION_IDENTITY: v(
    z.string().optional(),
    "with aws: the phone number, sender id or pool ARN texts are sent from",
    "a phone number, sender id or ARN",
  ),
  // --- channel feeds (issue 17) ---------------------------------------------------------------------------
  CHANNEL_FEEDS_POLL_MS: v(
    int(60_000).default(900_000),
    "how often each unit's channel iCal feed is fetched (ms, jittered by a fifth)",
    "a whole number of milliseconds, at least 60000",
  ),
  CHANNEL_FEEDS_TIMEOUT_MS: v(
    int(1000, 120_000).default(10_000),
    "time allowed to fetch one channel feed",
    "a whole number of milliseconds from 1000 to 120000",
  ),
  CHANNEL_FEEDS_MAX_BYTES: v(
    int(10_000).default(2_000_000),
    "largest channel feed read; a bigger one is an error",
    "a whole number of bytes, at least 10000",
  ),
  CHANNEL_FEEDS_ALLOW_PRIVATE: v(
    flag().default(false),
    "let feed URLs reach private and loopback addresses (development and tests only)",
    "1, true, 0 or false",
  ),
  // --- card payments (issue 22) ---------------------------------------------------------------------------
  PAYMENTS_PROVIDER: v(
    oneOf(["off", "local", "stripe"]).optional(),
    "card payments: stripe (Checkout), local (LocalCheckoutDouble, no money moves) or off; default local outside production, off in it",
    "off, local or stripe",
  ),
  STRIPE_SECRET_KEY: v(
    z
      .string()
      .regex(/^(sk|rk)_(test|live)_\w+$/)
      .optional(),
    "Stripe secret (or restricted) key that creates Checkout Sessions; required with PAYMENTS_PROVIDER=stripe",
    "a key like sk_live_…",
  ),
  STRIPE_WEBHOOK_SECRET: v(
    z.string().min(16).optional(),
    "signing secret of the webhook endpoint /api/v1/payments/webhook (whsec_…); required with stripe, optional with local",
    "the endpoint's whsec_… secret",
  ),
  // --- concierge: search ----------------------------------------------------------------------------------
  SEARCH_BACKEND: v(
    oneOf(["lancedb", "opensearch"]).optional(),
    "the knowledge index; default opensearch when OPENSEARCH_URL is set, else lancedb",
    "lancedb or opensearch",
  ),
  VECTOR_DIR: v(
    z.string().optional(),
    "where the embedded LanceDB index lives (default .data/vectors)",
    "a path",
  ),
  OPENSEARCH_URL: v(z.url().optional(), "OpenSearch endpoint for the knowledge index", "a URL"),
  OPENSEARCH_INDEX: v(
    z.string().min(1).default("buildingos-knowledge"),
    "index name prefix (the embedder's id is appended)",
    "a name",
  ),
  OPENSEARCH_AWS_AUTH: v(
    flag().default(false),
    "SigV4-sign OpenSearch requests even when the host is not *.amazonaws.com",
    "1, true, 0 or false",
  ),
  OPENSEARCH_SERVICE: v(
    oneOf(["es", "aoss"]).default("es"),
    "SigV4 service: es (a domain) or aoss (Serverless)",
    "es or aoss",
  ),
  EMBEDDINGS_PROVIDER: v(
    oneOf(PROVIDERS).optional(),
    "embeddings model; default follows AI_PROVIDER",
    PROVIDERS.join(", "),
  ),
  BEDROCK_EMBEDDING_MODEL: v(
    z.string().min(1).default("amazon.titan-embed-text-v2:0"),
    "Bedrock embedding model",
    "a model id",
  ),
  BEDROCK_EMBEDDING_DIMENSIONS: v(
    z.coerce
      .number()
      .pipe(z.union([z.literal(256), z.literal(512), z.literal(1024)]))
      .default(1024),
    "dimensions of the Bedrock embeddings",
    "256, 512 or 1024",
  ),
  OPENAI_COMPATIBLE_EMBEDDING_MODEL: v(
    z.string().min(1).default("nomic-embed-text"),
    "embedding model at OPENAI_COMPATIBLE_BASE_URL",
    "a model name",
  ),
  OPENAI_COMPATIBLE_EMBEDDING_DIMENSIONS: v(
    int(1).default(768),
    "dimensions of that model's embeddings",
    "a positive whole number",
  ),
  // --- concierge: chat ------------------------------------------------------------------------------------
  AI_PROVIDER: v(
    oneOf(PROVIDERS).default("offline"),
    "which model answers: offline (no weights), bedrock or openai-compatible",
    PROVIDERS.join(", "),
  ),
  BEDROCK_CHAT_MODEL: v(
    z.string().min(1).default("anthropic.claude-3-5-haiku-20241022-v1:0"),
    "Bedrock chat model",
    "a model id",
  ),
  OPENAI_COMPATIBLE_BASE_URL: v(
    z.url().optional(),
    "OpenAI-style endpoint (e.g. http://localhost:11434/v1 for Ollama)",
    "a URL",
  ),
  OPENAI_COMPATIBLE_API_KEY: v(z.string().optional(), "API key for that endpoint", "a key"),
  OPENAI_COMPATIBLE_CHAT_MODEL: v(
    z.string().min(1).default("llama3.1"),
    "chat model at that endpoint",
    "a model name",
  ),
  OFFLINE_MODEL_CHUNK_DELAY_MS: v(
    int(0).default(15),
    "pause between the offline model's streamed chunks (ms; 0 = none)",
    "a whole number of milliseconds, 0 or more",
  ),
} as const;

export type ConfigVar = keyof typeof ENV;
export const CONFIG_VARS = Object.keys(ENV) as ConfigVar[];

type Shape = { [K in ConfigVar]: (typeof ENV)[K]["schema"] };
const configSchema = z
  .object(Object.fromEntries(CONFIG_VARS.map((k) => [k, ENV[k].schema])) as Shape)
  .superRefine((c, ctx) => {
    if (!c.VAPID_PUBLIC_KEY !== !c.VAPID_PRIVATE_KEY)
      ctx.addIssue({
        code: "custom",
        path: [c.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY"],
        message: "VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY are set together (or neither: push off)",
      });
    if (c.PAYMENTS_PROVIDER === "stripe")
      for (const name of ["STRIPE_SECRET_KEY", "STRIPE_WEBHOOK_SECRET"] as const)
        if (!c[name])
          ctx.addIssue({
            code: "custom",
            path: [name],
            message: "must be set when PAYMENTS_PROVIDER is stripe",
          });
    const embeddings = c.EMBEDDINGS_PROVIDER ?? c.AI_PROVIDER;
    if (
      (c.AI_PROVIDER === "openai-compatible" || embeddings === "openai-compatible") &&
      !c.OPENAI_COMPATIBLE_BASE_URL
    )
      ctx.addIssue({
        code: "custom",
        path: ["OPENAI_COMPATIBLE_BASE_URL"],
        message: "must be set when AI_PROVIDER or EMBEDDINGS_PROVIDER is openai-compatible",
      });
  });

export type Config = z.infer<typeof configSchema>;

/** A configuration that does not validate: the message names each bad variable and what it expects. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Validates an environment (default: this process's). Throws a ConfigError listing every bad variable. */
export function parseConfig(env: Record<string, string | undefined> = process.env): Config {
  const input = Object.fromEntries(CONFIG_VARS.map((k) => [k, env[k] === "" ? undefined : env[k]]));
  const parsed = configSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((issue) => {
    const name = String(issue.path[0]) as ConfigVar;
    const spec = ENV[name];
    const secret = /SECRET|PASSWORD|TOKEN|KEY/.test(name);
    const got = input[name] === undefined ? "unset" : secret ? "(hidden)" : JSON.stringify(input[name]);
    return issue.code === "custom"
      ? `  ${name} (${got}): ${issue.message}`
      : `  ${name}=${got}: expected ${spec?.expects ?? issue.message}`;
  });
  throw new ConfigError(`Invalid configuration (see .env.example):\n${[...new Set(lines)].join("\n")}`);
}

let cached: { config: Config; snapshot: string } | undefined;
const snapshot = () => CONFIG_VARS.map((k) => process.env[k] ?? "").join("\u0000");

/**
 * The configuration. In production it is parsed once per process. Elsewhere (development, tests, scripts) it
 * is parsed again when a variable changed, so `process.env.X = …` in a test, or Next's reload of .env in
 * `next dev`, takes effect on the next call.
 */
export function config(): Config {
  if (cached && process.env.NODE_ENV === "production") return cached.config;
  const now = snapshot();
  if (cached?.snapshot !== now) cached = { config: parseConfig(process.env), snapshot: now };
  return cached.config;
}

/**
 * Called by instrumentation.ts when the server starts: a bad variable stops it with one line per variable
 * (no stack trace). Not while `next build` runs: the build's environment is not the server's.
 */
export function checkConfigAtStart(): void {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  try {
    config();
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(e.message);
    process.exit(1);
  }
}

/** The secret that signs sessions and cursors. Required in production; a fixed value only outside it. */
export function authSecret(): string {
  const c = config();
  if (c.AUTH_SECRET) return c.AUTH_SECRET;
  if (c.NODE_ENV === "production") throw new Error("AUTH_SECRET must be set in production");
  return "buildingos-development-secret-not-for-production";
}

/**
 * With a custom endpoint (an emulator, MinIO…) use the credentials from the environment when given, else the
 * `local` pair the emulators accept. Without an endpoint the SDK's own provider chain (IAM role) applies.
 */
export function localCredentials(endpoint: string | undefined) {
  if (!endpoint) return undefined;
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = config();
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId: "local", secretAccessKey: "local" };
}
