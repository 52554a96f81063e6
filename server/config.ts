import "server-only";
import { z } from "zod";

/**
 * Configuration from the environment, parsed once. Every local stand-in is replaced by the real AWS service
 * by setting these variables (see .env.example); no code changes.
 */
const configSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  AWS_REGION: z.string().default("us-east-1"),
  DYNAMODB_ENDPOINT: z.url().optional(),
  DYNAMODB_TABLE: z.string().min(1).default("buildingos"),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(1).default("buildingos-local"),
  MQTT_URL: z.string().min(1).default("mqtt://localhost:1883"),
  MQTT_USERNAME: z.string().optional(),
  MQTT_PASSWORD: z.string().optional(),
  MQTT_TOPIC_PREFIX: z.string().min(1).default("buildingos"),
  AUTH_SECRET: z.string().min(16).optional(),
  APP_URL: z.url().default("http://localhost:3000"),
  /** Bearer token that unlocks /api/health's details (dependencies, MQTT counters); unset: details for nobody */
  HEALTH_TOKEN: z.string().min(16).optional(),
});

export type Config = z.infer<typeof configSchema>;

let cached: Config | undefined;

export function config(): Config {
  cached ??= configSchema.parse(process.env);
  return cached;
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
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = process.env;
  return accessKeyId && secretAccessKey
    ? { accessKeyId, secretAccessKey }
    : { accessKeyId: "local", secretAccessKey: "local" };
}
