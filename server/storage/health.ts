import "server-only";
import { HeadBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { config } from "../config";
import { HEALTH_TIMEOUT_MS, type HealthResult, timedCheck } from "../health-check";
import { s3ClientConfig } from "./s3-client";

let healthClient: S3Client | undefined;

/** A client that fails fast: one attempt, short connect and request timeouts. */
function fastClient(endpoint: string | undefined, timeoutMs: number): S3Client {
  return new S3Client(
    s3ClientConfig({
      ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
      maxAttempts: 1,
      requestHandler: {
        connectionTimeout: timeoutMs,
        requestTimeout: timeoutMs,
        throwOnRequestTimeout: true,
      },
    }),
  );
}

/** Kept for the process: the config's endpoint with the default deadline. */
function sharedClient(): S3Client {
  healthClient ??= fastClient(undefined, HEALTH_TIMEOUT_MS);
  return healthClient;
}

/** Is the bucket reachable? HeadBucket, no retries, ~1.5 s at most. `endpoint`/`bucket` override the config. */
export async function checkS3(
  opts: { endpoint?: string; bucket?: string; timeoutMs?: number } = {},
): Promise<HealthResult> {
  const timeoutMs = opts.timeoutMs ?? HEALTH_TIMEOUT_MS;
  const own = opts.endpoint !== undefined || opts.timeoutMs !== undefined;
  const client = own ? fastClient(opts.endpoint, timeoutMs) : sharedClient();
  try {
    return await timedCheck(async (signal) => {
      await client.send(new HeadBucketCommand({ Bucket: opts.bucket ?? config().S3_BUCKET }), {
        abortSignal: signal,
      });
    }, timeoutMs);
  } finally {
    if (own) client.destroy();
  }
}
