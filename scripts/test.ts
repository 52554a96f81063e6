/**
 * `npm test`: unit and integration tests (Vitest against DynamoDB Local) and, beside them, one after another: lint,
 * type check, import boundaries (scripts/check-imports.ts), the OpenAPI document's lint (Redocly,
 * scripts/openapi-lint.ts) and infra/'s type check, synth and tests; then the production build, every
 * benchmark module on tiny sizes (`npm run bench -- --quick`: a crash fails, figures are not asserted), the
 * standalone server's checks on that build (scripts/check-standalone.ts), the same server while its dependencies
 * fail and come back (scripts/check-faults.ts), and the Playwright suite in Chromium against the built app. Ends
 * with one line `N passed, N failed` (tests plus the non-test stages)
 * so CI can tell that tests ran. `--skip-e2e` / `--only-e2e` for local use.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

const args = new Set(process.argv.slice(2));
const outDir = join(process.cwd(), "test-results");
mkdirSync(outDir, { recursive: true });

type Stage = { name: string; passed: number; failed: number; ms: number };
const stages: Stage[] = [];

function run(
  name: string,
  cmd: string,
  cmdArgs: string[],
  env: Record<string, string> = {},
  cwd?: string,
): boolean {
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cwd ? `(in ${cwd}) ` : ""}${cmd} ${cmdArgs.join(" ")}`);
  const res = spawnSync(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env }, cwd });
  const ok = res.status === 0;
  stages.push({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, ms: Date.now() - started });
  return ok;
}

/**
 * A stage run beside another: its stage is reserved now (the summary keeps the order stages are listed in) and
 * its output is held in `held`, printed by the caller once the other ends, so the two never interleave.
 */
const held: string[] = [];
function runHeld(
  name: string,
  cmd: string,
  cmdArgs: string[],
  env: Record<string, string> = {},
  cwd?: string,
): Promise<{ ok: boolean; stage: Stage }> {
  const stage: Stage = { name, passed: 0, failed: 0, ms: 0 };
  stages.push(stage);
  return new Promise((resolve) => {
    const started = Date.now();
    const out: Buffer[] = [];
    const child = spawn(cmd, cmdArgs, {
      env: { ...process.env, ...env },
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => out.push(b));
    const done = (ok: boolean) => {
      stage.ms = Date.now() - started;
      stage.passed = ok ? 1 : 0;
      stage.failed = ok ? 0 : 1;
      const took = `${(stage.ms / 1000).toFixed(1)} s, beside the tests`;
      held.push(
        `\n▶ ${name}: ${cwd ? `(in ${cwd}) ` : ""}${cmd} ${cmdArgs.join(" ")} (${took})\n${Buffer.concat(out)}`,
      );
      resolve({ ok, stage });
    };
    child.on("error", (err) => {
      out.push(Buffer.from(`${err.message}\n`));
      done(false);
    });
    child.on("close", (code) => done(code === 0));
  });
}

/** Like run(), for a stage whose output is the run's main view (inherited), without blocking the process. */
function runBeside(
  name: string,
  cmd: string,
  cmdArgs: string[],
  env: Record<string, string> = {},
): Promise<{ ok: boolean; stage: Stage }> {
  const stage: Stage = { name, passed: 0, failed: 0, ms: 0 };
  stages.push(stage);
  console.log(`\n▶ ${name}: ${cmd} ${cmdArgs.join(" ")}`);
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(cmd, cmdArgs, { stdio: "inherit", env: { ...process.env, ...env } });
    const done = (ok: boolean) => {
      stage.ms = Date.now() - started;
      stage.passed = ok ? 1 : 0;
      stage.failed = ok ? 0 : 1;
      resolve({ ok, stage });
    };
    child.on("error", () => done(false));
    child.on("close", (code) => done(code === 0));
  });
}

function countsFromVitest(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  return { passed: r.numPassedTests ?? 0, failed: r.numFailedTests ?? 0 };
}

function countsFromPlaywright(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const r = JSON.parse(readFileSync(file, "utf8"));
  const s = r.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
}

/** node:test's TAP summary lines `# pass N` / `# fail N`. */
function countsFromNodeTap(file: string): { passed: number; failed: number } | null {
  if (!existsSync(file)) return null;
  const tap = readFileSync(file, "utf8");
  const count = (key: string) => Number(tap.match(new RegExp(`^# ${key} (\\d+)$`, "m"))?.[1] ?? 0);
  return { passed: count("pass"), failed: count("fail") + count("cancelled") };
}

/** A test stage counts its tests; if the runner failed without reporting a failed test, that is one failure. */
function testStage(
  name: string,
  ok: boolean,
  counts: { passed: number; failed: number } | null,
  stage: Stage = stages[stages.length - 1],
) {
  stage.name = name;
  stage.passed = counts?.passed ?? 0;
  stage.failed = counts?.failed ?? 0;
  if (!ok && stage.failed === 0) stage.failed = 1;
}

const env = { NEXT_TELEMETRY_DISABLED: "1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" };

async function main() {
  if (!args.has("--only-e2e")) {
    // The static checks and infra/ run as one chain beside Vitest, whose files spend much of their time waiting on
    // DynamoDB Local and the brokers: one process of the chain at a time, so the two cores are shared by two jobs.
    const vitestJson = join(outDir, "vitest.json");
    rmSync(vitestJson, { force: true });
    const infraTap = join(outDir, "infra.tap");
    rmSync(infraTap, { force: true });
    // A checkout that only ran `npm install` at the root gets infra's dependencies here (CI installs them itself).
    if (!existsSync(join("infra", "node_modules"))) {
      console.log("\n▶ installing infra/ dependencies: npm ci --prefix infra");
      spawnSync("npm", ["ci", "--prefix", "infra", "--no-audit", "--no-fund"], { stdio: "inherit" });
    }
    const vitest = runBeside(
      "unit + integration (vitest)",
      "npx",
      ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${vitestJson}`],
      env,
    );
    const checks = (async () => {
      await runHeld("lint (biome)", "npx", ["biome", "check", "."], env);
      await runHeld("type check (tsc)", "npx", ["tsc", "--noEmit"], env);
      // the one boundary Biome's noRestrictedImports cannot express (type-only imports); the others are in biome.json
      await runHeld("import boundaries (check-imports)", "npx", ["tsx", "scripts/check-imports.ts"], env);
      await runHeld(
        "OpenAPI lint (redocly)",
        "npx",
        ["tsx", "--conditions=react-server", "scripts/openapi-lint.ts"],
        env,
      );
      // infra/ is its own package (npm ci --prefix infra): the CDK CLI's synth, then assertion tests on the templates.
      await runHeld("infra type check (tsc)", "npx", ["tsc", "--noEmit", "-p", "."], env, "infra");
      await runHeld("infra synth (cdk)", "npx", ["cdk", "synth", "--no-notices", "--quiet"], env, "infra");
      const infra = await runHeld(
        "infra (node:test)",
        "node",
        [
          "--import",
          "tsx",
          "--test",
          "--test-reporter=spec",
          "--test-reporter-destination=stdout",
          "--test-reporter=tap",
          `--test-reporter-destination=${infraTap}`,
          "test/all.test.ts",
        ],
        env,
        "infra",
      );
      testStage("infra (node:test)", infra.ok, countsFromNodeTap(infraTap), infra.stage);
    })();
    const [tests] = await Promise.all([vitest, checks]);
    for (const text of held) process.stdout.write(text);
    testStage("unit + integration (vitest)", tests.ok, countsFromVitest(vitestJson), tests.stage);
  }

  if (!args.has("--skip-e2e")) {
    const built = run("production build (next build)", "npx", ["next", "build"], env);
    if (built) {
      // every bench module on tiny sizes, so a bench that crashes fails here (figures printed, never asserted)
      run("bench (npm run bench -- --quick)", "npm", ["run", "bench", "--", "--quick"], env);

      // the container's server on that build: health, SIGTERM mid-burst loses no event, two instances
      const standaloneJson = join(outDir, "standalone.json");
      rmSync(standaloneJson, { force: true });
      const standaloneOk = run(
        "standalone server (check-standalone)",
        "npx",
        ["tsx", "scripts/check-standalone.ts", "--skip-build", "--results", standaloneJson],
        env,
      );
      testStage(
        "standalone server (check-standalone)",
        standaloneOk,
        existsSync(standaloneJson) ? JSON.parse(readFileSync(standaloneJson, "utf8")) : null,
      );

      // the same server while DynamoDB Local, the broker and the S3 emulator fail and come back
      const faultsJson = join(outDir, "faults.json");
      rmSync(faultsJson, { force: true });
      const faultsOk = run(
        "dependency faults (check-faults)",
        "npx",
        ["tsx", "scripts/check-faults.ts", "--skip-build", "--results", faultsJson],
        env,
      );
      testStage(
        "dependency faults (check-faults)",
        faultsOk,
        existsSync(faultsJson) ? JSON.parse(readFileSync(faultsJson, "utf8")) : null,
      );

      const pwJson = join(outDir, "playwright.json");
      rmSync(pwJson, { force: true });
      const ok = run("end-to-end (playwright, chromium)", "npx", ["playwright", "test"], {
        ...env,
        PLAYWRIGHT_JSON_OUTPUT_NAME: pwJson,
      });
      testStage("end-to-end (playwright, chromium)", ok, countsFromPlaywright(pwJson));
    }
  }

  console.log("\nSummary");
  for (const s of stages) {
    console.log(
      `  ${s.failed ? "✗" : "✓"} ${s.name}: ${s.passed} passed, ${s.failed} failed (${(s.ms / 1000).toFixed(1)} s)`,
    );
  }
  const passed = stages.reduce((n, s) => n + s.passed, 0);
  const failed = stages.reduce((n, s) => n + s.failed, 0);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

void main();
