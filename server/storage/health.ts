import "server-only";
import { HeadBucketCommand, S3Client } from "@aws-sdk/client-s3";
import { config } from "../config";
import { clientProbe, fastRequestHandler, type HealthResult } from "../health-check";
import { s3ClientConfig } from "./s3-client";

/** A client that fails fast: one attempt, short deadlines (the configured endpoint unless one is given). */
const probeS3 = clientProbe(
  (endpoint, timeoutMs) =>
    new S3Client(
      s3ClientConfig({
        ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
        maxAttempts: 1,
        requestHandler: fastRequestHandler(timeoutMs),
      }),
    ),
);

/** Is the bucket reachable? HeadBucket, no retries, ~1.5 s at most. `endpoint`/`bucket` override the config. */
export function checkS3(
  opts: { endpoint?: string; bucket?: string; timeoutMs?: number } = {},
): Promise<HealthResult> {
  return probeS3(opts, async (client, signal) => {
    await client.send(new HeadBucketCommand({ Bucket: opts.bucket ?? config().S3_BUCKET }), {
      abortSignal: signal,
    });
  });
}
