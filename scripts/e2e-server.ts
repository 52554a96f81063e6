/**
 * Starts what the Playwright suite runs against: a fresh in-memory local stack (DynamoDB Local, S3 emulator,
 * MQTT broker, a knowledge index in a new temporary folder), the demo data, and the production build (`next start`).
 * Stops all of it on SIGTERM/SIGINT. Nothing carries over from an earlier run: documents indexed by a previous run
 * in .data/vectors would otherwise answer (and be cited) in this one.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpush from "web-push";
import { E2E_HEALTH_TOKEN } from "./e2e-health-token";
import { e2eStackFile } from "./simulator/e2e-stack-file";
import { simulatorEnabled, spawnSimulator } from "./simulator/spawn";
import { spawnGroup } from "./stack/child-process";
import { startStack } from "./stack/start-stack";

async function main() {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3100;
  const appUrl = `http://localhost:${port}`;
  const stack = await startStack({ appUrl, log: (m: string) => console.log(`[stack] ${m}`) });
  const vectorDir = mkdtempSync(join(tmpdir(), "e2e-vectors-"));
  // web push on, with a pair of this run's own (e2e/push.spec.ts)
  const vapid = webpush.generateVAPIDKeys();
  const env = {
    ...process.env,
    ...stack.env,
    VECTOR_DIR: vectorDir,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-secret-e2e-secret-e2e-secret-e2e",
    // e2e/hardening.spec.ts reads the health details with it
    HEALTH_TOKEN: process.env.HEALTH_TOKEN ?? E2E_HEALTH_TOKEN,
    VAPID_PUBLIC_KEY: process.env.VAPID_PUBLIC_KEY ?? vapid.publicKey,
    VAPID_PRIVATE_KEY: process.env.VAPID_PRIVATE_KEY ?? vapid.privateKey,
    AUTH_URL: appUrl,
    APP_URL: appUrl,
    AUTH_TRUST_HOST: "true",
    NEXT_TELEMETRY_DISABLED: "1",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
    // the app's graceful stop (server/runtime/shutdown.ts), as in the container
    NEXT_MANUAL_SIG_HANDLE: "1",
    // The simulator plays the demo devices so the browser tests have locks that answer; no random door events
    // or sensor drift, so what a test sees is what it caused.
    SIMULATOR: process.env.SIMULATOR ?? "on",
    SIM_ACCESS_EVERY_MS: process.env.SIM_ACCESS_EVERY_MS ?? "0",
    // long enough for a person (and a test) to see a command pending before the lock answers
    SIM_ACK_MS: process.env.SIM_ACK_MS ?? "500",
    SIM_TELEMETRY_MS: process.env.SIM_TELEMETRY_MS ?? "0",
    // the channel-feed spec serves Airbnb-shaped feeds from localhost
    CHANNEL_FEEDS_ALLOW_PRIVATE: "1",
    // card payments through LocalCheckoutDouble (the production build would default to off)
    PAYMENTS_PROVIDER: process.env.PAYMENTS_PROVIDER ?? "local",
  };
  // Tests that speak MQTT themselves (a door event through the simulator's control topic) read the broker here.
  const stackFile = e2eStackFile(port);
  writeFileSync(
    stackFile,
    JSON.stringify({ MQTT_URL: stack.env.MQTT_URL, prefix: process.env.MQTT_TOPIC_PREFIX || "buildingos" }),
  );

  const seed = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/seed.ts"], {
    env,
    stdio: "inherit",
  });
  if (seed.status !== 0) {
    await stack.stop();
    process.exit(1);
  }

  const simulator = simulatorEnabled(env) ? spawnSimulator(env) : undefined;
  // Node closes a kept-alive socket after 5 s idle; Playwright's request context reused one just as it closed now
  // and then (ECONNRESET on a page.request call, passed on retry). 65 s is longer than any test's pause.
  const next = spawnGroup(
    "npx",
    ["next", "start", "-p", String(port), "-H", "localhost", "--keepAliveTimeout", "65000"],
    { env },
  );
  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await next.stop();
    await simulator?.stop();
    rmSync(stackFile, { force: true });
    rmSync(vectorDir, { recursive: true, force: true });
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
