import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/stack/free-port";
import { type RunningS3, startS3 } from "../../scripts/stack/s3";
import { checkS3 } from "./health";

let s3: RunningS3;

beforeAll(async () => {
  s3 = await startS3({ bucket: "health-test" });
  // Read by config() on its first call, below.
  process.env.S3_ENDPOINT = s3.endpoint;
  process.env.S3_BUCKET = "health-test";
});

afterAll(async () => {
  await s3?.stop();
});

describe("checkS3", () => {
  it("is up when the bucket answers (configured endpoint)", async () => {
    const res = await checkS3();
    expect(res).toMatchObject({ ok: true });
    expect(res.error).toBeUndefined();
    expect(res.latencyMs).toBeGreaterThanOrEqual(0);
  });

  it("is down when the bucket is missing", async () => {
    const res = await checkS3({ endpoint: s3.endpoint, bucket: "no-such-bucket" });
    expect(res.ok).toBe(false);
    expect(res.error).toBeTruthy();
  });

  it("is down, quickly, when nothing listens", async () => {
    const started = Date.now();
    const res = await checkS3({ endpoint: `http://localhost:${await freePort()}`, bucket: "health-test" });
    expect(res.ok).toBe(false);
    expect(res.error).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up at the deadline when the endpoint never answers", async () => {
    const { createServer } = await import("node:net");
    const silent = createServer(() => {}); // accepts and never replies
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", () => r()));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      const res = await checkS3({ endpoint: `http://127.0.0.1:${port}`, bucket: "x", timeoutMs: 500 });
      expect(res.ok).toBe(false);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      silent.close();
    }
  });
});
