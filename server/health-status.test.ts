import { afterEach, describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/health/route";
import { config } from "./config";
import { dependencyChecks, OK_TTL_MS, setDependencyCheckerForTesting } from "./health-status";

// The route is a publicRoute (no actor), but the wrapper's module imports Auth.js, which loads only inside Next.
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

/**
 * M6 (a) and L10: /api/health is cheap and says little. Checks are shared and kept a few seconds, so a flood of
 * requests runs them once; the public answer is only `{ status }`; details need the health token.
 */
const up = { ok: true, latencyMs: 1 };
let runs = 0;
const counting = (ok = true) =>
  setDependencyCheckerForTesting(async () => {
    runs++;
    await new Promise((r) => setTimeout(r, 20));
    return { dynamodb: up, s3: ok ? up : { ok: false, latencyMs: 1 }, mqtt: up };
  });

const TOKEN = "health-token-for-tests-0123456789";
const withToken = (token: string) => {
  process.env.HEALTH_TOKEN = token;
  (config() as { HEALTH_TOKEN?: string }).HEALTH_TOKEN = token;
};
const get = (headers: Record<string, string> = {}) =>
  GET(new Request("http://localhost/api/health", { headers }));

afterEach(() => {
  runs = 0;
  setDependencyCheckerForTesting(null);
});

describe("/api/health", () => {
  it("a burst of 200 requests runs the dependency checks once", async () => {
    counting();
    const answers = await Promise.all(Array.from({ length: 200 }, () => get()));
    expect(answers.every((r) => r.status === 200)).toBe(true);
    await get();
    expect(runs).toBe(1);
  });

  it("checks again once the kept answer is older than a few seconds", async () => {
    counting();
    const t0 = Date.now();
    await dependencyChecks(t0);
    await dependencyChecks(t0 + OK_TTL_MS - 100);
    expect(runs).toBe(1);
    await dependencyChecks(Date.now() + OK_TTL_MS + 1);
    expect(runs).toBe(2);
  });

  it("tells the public only ok or not ok: no dependencies, counters or protocol", async () => {
    counting(false);
    const res = await get();
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({ status: "degraded" });
    withToken(TOKEN);
    const wrong = await get({ authorization: "Bearer not-the-health-token-000000" });
    expect(Object.keys(await wrong.json())).toEqual(["status"]);
  });

  it("gives the details with the health token", async () => {
    counting(false);
    withToken(TOKEN);
    const res = await get({ authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(503);
    const body = (await res.json()) as { dependencies: Record<string, { status: string }>; details: unknown };
    expect(body.dependencies.s3?.status).toBe("down");
    expect(body.dependencies.dynamodb?.status).toBe("up");
    expect(body).toHaveProperty("details");
  });
});
