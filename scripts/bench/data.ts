import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import type { ScaleSizes } from "../scale-data/options";
import { startStack } from "../stack/start-stack";

const require = createRequire(import.meta.url);

/** Runs a script the way `npm run seed` does: tsx with the react-server condition (server modules are server-only). */
export function runServerScript(
  root: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  opts: { capture?: boolean } = {},
): Promise<string> {
  const child = spawn(
    process.execPath,
    [require.resolve("tsx/cli"), "--conditions=react-server", script, ...args],
    {
      cwd: root,
      env,
      stdio: ["ignore", opts.capture ? "pipe" : "inherit", "inherit"],
    },
  );
  let out = "";
  child.stdout?.on("data", (d) => {
    out += d;
  });
  return new Promise((resolve, reject) => {
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0 ? resolve(out) : reject(new Error(`${script} ${args.join(" ")} exited with ${code}`)),
    );
  });
}

export type BenchData = { env: NodeJS.ProcessEnv; stop: () => Promise<void>; seedScaleMs: number };

/**
 * A fresh in-memory stack (each part replaced by the service its variable points at, as in `startStack`), then
 * the demo data and the scale building at `sizes`. The seeds run as child processes against the stack's env.
 */
export async function startBenchData(opts: {
  root: string;
  appUrl: string;
  sizes: ScaleSizes;
  log: (m: string) => void;
}): Promise<BenchData> {
  const stack = await startStack({ appUrl: opts.appUrl, log: (m) => opts.log(`[stack] ${m}`) });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...stack.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    SIMULATOR: "off",
  };
  try {
    await runServerScript(opts.root, "scripts/seed.ts", [], env);
    const { units, stays, tickets, accessLogs } = opts.sizes;
    const flags = ["--units", units, "--stays", stays, "--tickets", tickets, "--access-logs", accessLogs].map(
      String,
    );
    const t = performance.now();
    await runServerScript(opts.root, "scripts/seed-scale.ts", flags, env);
    return { env, stop: stack.stop, seedScaleMs: performance.now() - t };
  } catch (e) {
    await stack.stop();
    throw e;
  }
}
