import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { spawnGroup } from "../stack/child-process";
import { waitFor } from "../stack/free-port";

const require = createRequire(import.meta.url);

/**
 * Builds only when there is no production build. Others may be building or serving the same `.next` at the
 * same time (the test suite), so an existing build is used as it is and `.next` is never deleted.
 */
export function ensureBuild(root: string, env: NodeJS.ProcessEnv, log: (m: string) => void): void {
  if (existsSync(join(root, ".next", "BUILD_ID"))) return;
  log("no production build (.next/BUILD_ID missing): running next build…");
  nextBuild(root, env, "inherit");
}

/**
 * `next build` in `dir` with the repository's own `next`. Its output goes to this process (`inherit`) or is kept
 * and put in the error when the build fails (`quiet`).
 */
export function nextBuild(dir: string, env: NodeJS.ProcessEnv, output: "inherit" | "quiet"): void {
  const res = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    cwd: dir,
    env,
    ...(output === "inherit" ? { stdio: "inherit" as const } : { encoding: "utf8" as const }),
  });
  if (res.status !== 0) {
    const kept = output === "quiet" ? `:\n${res.stdout}\n${res.stderr}` : "";
    throw new Error(`next build in ${dir} failed (exit code ${res.status})${kept}`);
  }
}

/** The session and app settings `next start` needs, like scripts/e2e-server.ts. */
export function appEnv(env: NodeJS.ProcessEnv, appUrl: string): NodeJS.ProcessEnv {
  return {
    ...env,
    AUTH_SECRET: env.AUTH_SECRET ?? "bench-secret-bench-secret-bench-secret-0",
    AUTH_URL: appUrl,
    APP_URL: appUrl,
    AUTH_TRUST_HOST: "true",
    NODE_ENV: "production",
  };
}

/**
 * `next start` on `port` (host localhost), ready once a static page answers 200. With `BENCH_CPU_PROF=<dir>` the
 * server runs under `node --cpu-prof` and writes its profile there when stopped (read it with
 * `npx tsx scripts/bench/cpu-profile-summary.ts <file>`: where the server's time went, issue 19).
 */
export async function startNext(root: string, env: NodeJS.ProcessEnv, port: number) {
  const url = `http://localhost:${port}`;
  const prof = env.BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${env.BENCH_CPU_PROF}`] : [];
  const next = spawnGroup(
    process.execPath,
    [...prof, require.resolve("next/dist/bin/next"), "start", "-p", String(port), "-H", "localhost"],
    { env: appEnv(env, url), cwd: root },
  );
  let stopping = false;
  const died = next.exited.then((code) => {
    if (!stopping) throw new Error(`next start exited (code ${code})`);
  });
  died.catch(() => undefined); // reported through the race below while starting; ignored after
  const ready = waitFor(
    async () => {
      const res = await fetch(`${url}/about`);
      await res.arrayBuffer();
      return res.ok;
    },
    "next start",
    120_000,
  );
  ready.catch(() => undefined); // the race reports it; the losing branch must not crash the process later
  await Promise.race([ready, died]);
  return {
    url,
    stop: () => {
      stopping = true;
      return next.stop();
    },
  };
}
