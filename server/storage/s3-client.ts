import "server-only";
import { S3Client, type S3ClientConfig } from "@aws-sdk/client-s3";
import { config, localCredentials } from "../config";

let client: { endpoint: string | undefined; s3: S3Client } | undefined;

/**
 * Options for an S3 client from the environment. An endpoint (the local emulator, MinIO…) is addressed
 * path-style, since `<bucket>.localhost` does not resolve; without one this is real S3.
 */
export function s3ClientConfig(overrides: S3ClientConfig = {}): S3ClientConfig {
  const c = config();
  const endpoint = (overrides.endpoint as string | undefined) ?? c.S3_ENDPOINT;
  return {
    region: c.AWS_REGION,
    endpoint,
    forcePathStyle: Boolean(endpoint),
    credentials: localCredentials(endpoint),
    ...overrides,
  };
}

/**
 * The one S3 client of the process, made again only if the configured endpoint changed (test files that share a
 * process each start their own emulator).
 */
export function s3(): S3Client {
  const endpoint = config().S3_ENDPOINT;
  if (!client || client.endpoint !== endpoint) client = { endpoint, s3: new S3Client(s3ClientConfig()) };
  return client.s3;
}

export function bucketName(): string {
  return config().S3_BUCKET;
}
