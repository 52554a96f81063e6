/**
 * Proves the production server survives its dependencies failing: on Next's standalone output (laid out as the
 * Dockerfile does), scripts/faults/scenarios.ts kills DynamoDB Local mid-burst, stops the broker with commands
 * in flight and stops the S3 emulator during uploads, each then started again, and checks the answers during the
 * outage (a clear 503, never a 500), the recovery without restarting the app, and the data afterwards (events
 * stored once, no orphan nights, no duplicate booking, no photo pointing at a missing object).
 * Prints each check with its figures and a last line `N passed, N failed`; a run still going after 150 s is
 * ended (its whole process group) and counted as failed.
 * `--skip-build` reuses the current .next/standalone (npm test runs it after its `next build`).
 *
 *   npx tsx scripts/check-faults.ts [--skip-build] [--port 3300] [--results file.json]
 */
import { randomBytes } from "node:crypto";
import { writeFileSync } from "node:fs";
import { freePort } from "./stack/free-port";
import { layoutStandalone, nextBuild, runCheckScript } from "./standalone/prepare";

const root = process.cwd();
const args = process.argv.slice(2);
const portArg = args.indexOf("--port");
const TIMEOUT_MS = 150_000;
const counts = { passed: 0, failed: 0 };

async function main() {
  if (!args.includes("--skip-build")) {
    const build = nextBuild();
    console.log(`${build.ok ? "✓" : "✗"} next build (standalone): ${(build.ms / 1000).toFixed(1)} s`);
    if (!build.ok) return void counts.failed++;
  }
  const standalone = layoutStandalone(root);
  if (!standalone) {
    console.log("✗ no standalone build: run `npx next build` first");
    return void counts.failed++;
  }
  const started = Date.now();
  const result = await runCheckScript({
    root,
    script: "scripts/faults/scenarios.ts",
    what: "fault checks",
    timeoutMs: TIMEOUT_MS,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: "test",
      AUTH_SECRET: randomBytes(32).toString("base64"),
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      STANDALONE_DIR: standalone,
      APP_PORT: String(portArg > 0 ? Number(args[portArg + 1]) : await freePort()),
    },
  });
  counts.passed += result.passed;
  counts.failed += result.failed;
  console.log(
    `fault checks took ${((Date.now() - started) / 1000).toFixed(1)} s${result.timedOut ? " (timed out)" : ""}`,
  );
}

main()
  .catch((e) => {
    console.error(e);
    counts.failed++;
  })
  .finally(() => {
    console.log(`${counts.passed} passed, ${counts.failed} failed`);
    const resultsArg = args.indexOf("--results");
    if (resultsArg > 0) writeFileSync(args[resultsArg + 1], JSON.stringify(counts));
    process.exitCode = counts.failed ? 1 : 0;
  });
