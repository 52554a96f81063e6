/**
 * Checks the production server the container runs: builds Next's standalone output (`next.config.ts` sets
 * `output: "standalone"`), lays it out as the Dockerfile does (static assets and public/ beside server.js), starts
 * `node .next/standalone/server.js` against a fresh local stack, and checks that /api/health answers 200, that a
 * page renders with its static assets, and that SIGTERM ends the server. Prints the figures (build and start
 * time, sizes) and a last line `N passed, N failed`. `--skip-build` reuses the current .next/standalone.
 *
 *   npx tsx scripts/check-standalone.ts [--skip-build] [--port 3200]
 */
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { spawnGroup } from "./stack/child-process";
import { freePort } from "./stack/free-port";
import { startStack } from "./stack/start-stack";

const root = process.cwd();
const standalone = join(root, ".next", "standalone");
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");

const results: { name: string; ok: boolean; detail: string }[] = [];
const check = (name: string, ok: boolean, detail = "") => {
  results.push({ name, ok, detail });
  console.log(`${ok ? "✓" : "✗"} ${name}${detail ? `: ${detail}` : ""}`);
};

function bytes(path: string): number {
  if (!existsSync(path)) return 0;
  const s = statSync(path);
  if (!s.isDirectory()) return s.size;
  return readdirSync(path).reduce((n, name) => n + bytes(join(path, name)), 0);
}
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function get(url: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(5000), redirect: "follow" });
    return { status: res.status, body: await res.text() };
  } catch {
    return undefined;
  }
}

async function main() {
  if (!args.includes("--skip-build")) {
    const started = Date.now();
    const build = spawnSync("npx", ["next", "build"], {
      stdio: "inherit",
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
    });
    check("next build (standalone)", build.status === 0, `${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (build.status !== 0) return;
  }
  check("standalone server.js exists", existsSync(join(standalone, "server.js")));
  if (!existsSync(join(standalone, "server.js"))) return;

  // What the Dockerfile's runtime stage copies: the standalone tree does not include these two.
  cpSync(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
  mkdirSync(join(root, "public"), { recursive: true });
  cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
  console.log(
    `sizes: standalone ${mb(bytes(standalone))} (its node_modules ${mb(bytes(join(standalone, "node_modules")))},` +
      ` .next/server ${mb(bytes(join(standalone, ".next", "server")))}, static ${mb(bytes(join(standalone, ".next", "static")))});` +
      ` the full node_modules ${mb(bytes(join(root, "node_modules")))}`,
  );

  const port = portArg > 0 ? Number(args[portArg + 1]) : await freePort();
  const appUrl = `http://localhost:${port}`;
  // A fresh stack of our own: none of the caller's service variables, so nothing real is touched.
  const stack = await startStack({ env: {}, appUrl, log: (m) => console.log(`[stack] ${m}`) });
  const server = spawnGroup("node", [join(standalone, "server.js")], {
    cwd: standalone,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...stack.env,
      NODE_ENV: "production",
      PORT: String(port),
      HOSTNAME: "localhost",
      APP_URL: appUrl,
      AUTH_URL: appUrl,
      AUTH_TRUST_HOST: "true",
      AUTH_SECRET: randomBytes(32).toString("base64"),
      NEXT_TELEMETRY_DISABLED: "1",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      SIMULATOR: "off",
    },
  });
  try {
    const started = Date.now();
    let health: Awaited<ReturnType<typeof get>>;
    while (Date.now() - started < 60_000) {
      health = await get(`${appUrl}/api/health`);
      if (health?.status === 200) break;
      await sleep(100);
    }
    check(
      "/api/health answers 200",
      health?.status === 200,
      `${Date.now() - started} ms after start; ${health?.status ?? "no answer"} ${health?.body ?? ""}`,
    );

    const login = await get(`${appUrl}/login`);
    const asset = login?.body.match(/\/_next\/static\/[^"']+\.(js|css)/)?.[0];
    check("a page renders", login?.status === 200, `/login ${login?.status ?? "no answer"}`);
    const assetRes = asset ? await get(`${appUrl}${asset}`) : undefined;
    check("its static assets are served", assetRes?.status === 200, asset ?? "no asset linked");

    // stop() sends SIGTERM and SIGKILLs only after 10 s. Next's server closes its listener, lets pending requests
    // finish, then exits 143 (128 + SIGTERM) itself; 0 if the app takes over (NEXT_MANUAL_SIG_HANDLE=1).
    const stopping = Date.now();
    void server.stop(10_000);
    const code = await server.exited;
    const ms = Date.now() - stopping;
    check(
      "SIGTERM ends the server by itself",
      (code === 0 || code === 143) && ms < 10_000,
      `exit code ${code} after ${ms} ms`,
    );
  } finally {
    await server.stop(1000);
    await stack.stop();
  }
}

main()
  .catch((e) => {
    console.error(e);
    check("check-standalone ran", false, String(e));
  })
  .finally(() => {
    const passed = results.filter((r) => r.ok).length;
    const failed = results.length - passed;
    console.log(`${passed} passed, ${failed} failed`);
    process.exitCode = failed ? 1 : 0;
  });
