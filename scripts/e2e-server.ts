/**
 * Starts what the Playwright suite runs against: a fresh in-memory local stack (DynamoDB Local, S3 emulator,
 * MQTT broker), the demo data, and the production build (`next start`). Stops all of it on SIGTERM/SIGINT.
 */
import { spawnSync } from "node:child_process";
import { spawnGroup } from "./stack/child-process";
import { startStack } from "./stack/start-stack";

async function main() {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3100;
  const appUrl = `http://localhost:${port}`;
  const stack = await startStack({ appUrl, log: (m: string) => console.log(`[stack] ${m}`) });
  const env = {
    ...process.env,
    ...stack.env,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e",
    AUTH_URL: appUrl,
    APP_URL: appUrl,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    SIMULATOR: process.env.SIMULATOR ?? "off",
  };

  const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], {
    env,
    stdio: "inherit",
  });
  if (seed.status !== 0) {
    await stack.stop();
    process.exit(1);
  }

  const next = spawnGroup("npx", ["next", "start", "-p", String(port), "-H", "localhost"], { env });
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await next.stop();
    await stack.stop();
    process.exit(code);
  };
  void next.exited.then((code) => shutdown(code));
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
