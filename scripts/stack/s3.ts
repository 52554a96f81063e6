import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import S3rver from "s3rver";

/**
 * s3rver only answers access keys it knows (its own is S3RVER/S3RVER); the app signs with local/local
 * against any endpoint (server/config.ts), so that pair is registered too. Signatures are not checked.
 */
function allowLocalCredentials(): void {
  const require = createRequire(import.meta.url);
  const account = require("s3rver/lib/models/account") as {
    DUMMY_ACCOUNT: { createKeyPair: (id: string, secret: string) => void };
  };
  account.DUMMY_ACCOUNT.createKeyPair("local", "local");
}

export type RunningS3 = { endpoint: string; port: number; directory: string; stop: () => Promise<void> };

/** CORS for the bucket: the browser posts presigned uploads straight to the emulator from the app's origin. */
export function corsXml(origins: string[]): string {
  const allowed = origins.map((o) => `<AllowedOrigin>${escapeXml(o)}</AllowedOrigin>`).join("");
  const methods = ["GET", "PUT", "POST", "HEAD"].map((m) => `<AllowedMethod>${m}</AllowedMethod>`).join("");
  return (
    "<CORSConfiguration><CORSRule>" +
    `${allowed}${methods}<AllowedHeader>*</AllowedHeader><ExposeHeader>ETag</ExposeHeader>` +
    "<MaxAgeSeconds>3000</MaxAgeSeconds></CORSRule></CORSConfiguration>"
  );
}

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Starts the S3 emulator (s3rver) in this process. It checks no signature and no POST-policy condition,
 * so upload limits are verified by our server after the upload, as they must be against real S3 too.
 * `directory` keeps objects across restarts; without it a temporary folder is used and removed on stop.
 * When `bucket` is given it is created at start with CORS for `corsOrigins`.
 */
export async function startS3(
  opts: { port?: number; directory?: string; bucket?: string; corsOrigins?: string[] } = {},
): Promise<RunningS3> {
  const temporary = !opts.directory;
  const directory = opts.directory ?? mkdtempSync(join(tmpdir(), "buildingos-s3-"));
  mkdirSync(directory, { recursive: true });
  allowLocalCredentials();
  const server = new S3rver({
    address: "localhost",
    port: opts.port ?? 0,
    directory,
    silent: true,
    // Path-style only: virtual-host buckets would need DNS for <bucket>.localhost.
    vhostBuckets: false,
    configureBuckets: opts.bucket
      ? [{ name: opts.bucket, configs: [corsXml(opts.corsOrigins ?? ["*"])] }]
      : [],
  });
  const address = await server.run();
  const endpoint = `http://localhost:${address.port}`;
  let stopped = false;
  return {
    endpoint,
    port: address.port,
    directory,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.close();
      if (temporary) rmSync(directory, { recursive: true, force: true });
    },
  };
}
