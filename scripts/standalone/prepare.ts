import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { spawnGroup } from "../stack/child-process";

/** Runs `next build` (the standalone output, `next.config.ts`); its exit status and how long it took. */
export function nextBuild(): { ok: boolean; ms: number } {
  const started = Date.now();
  const build = spawnSync("npx", ["next", "build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  return { ok: build.status === 0, ms: Date.now() - started };
}

/**
 * Lays the standalone output out as the Dockerfile's runtime stage does (the standalone tree does not include
 * `.next/static` and `public/`). Returns the folder holding server.js, or undefined when there is no build.
 */
export function layoutStandalone(root: string): string | undefined {
  const standalone = join(root, ".next", "standalone");
  if (!existsSync(join(standalone, "server.js"))) return undefined;
  cpSync(join(root, ".next", "static"), join(standalone, ".next", "static"), { recursive: true });
  mkdirSync(join(root, "public"), { recursive: true });
  cpSync(join(root, "public"), join(standalone, "public"), { recursive: true });
  return standalone;
}

/**
 * Runs a check script (tsx with the react-server condition, so it can read the table through the app's own
 * modules) in a process group of its own, its output prefixed. Its last line `N passed, N failed` is its count;
 * a run that exits non-zero without a failed check counts one failure. `timeoutMs` ends a hung run (SIGTERM,
 * then SIGKILL of the whole group), which then counts as failed.
 */
export async function runCheckScript(opts: {
  root: string;
  script: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  what: string;
}): Promise<{ passed: number; failed: number; timedOut: boolean }> {
  const checks = spawnGroup(
    process.execPath,
    [join(opts.root, "node_modules", "tsx", "dist", "cli.mjs"), "--conditions=react-server", opts.script],
    { cwd: opts.root, env: opts.env, prefix: "  " },
  );
  let out = "";
  checks.child.stdout?.on("data", (c: Buffer) => {
    out += c.toString("utf8");
  });
  let timedOut = false;
  // each wait inside has its own deadline; this one ends the whole run if something hangs all the same
  const watchdog = setTimeout(() => {
    timedOut = true;
    console.error(`${opts.what} still running after ${opts.timeoutMs / 1000} s: stopping them`);
    void checks.stop(2_000);
  }, opts.timeoutMs);
  try {
    const code = await checks.exited;
    const counts = out.match(/^(\d+) passed, (\d+) failed$/m);
    const passed = counts ? Number(counts[1]) : 0;
    let failed = counts ? Number(counts[2]) : 0;
    if ((code !== 0 || timedOut) && failed === 0) failed = 1;
    return { passed, failed, timedOut };
  } finally {
    clearTimeout(watchdog);
    await checks.stop(5_000);
  }
}
