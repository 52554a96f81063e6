/**
 * `npm run dev`: the whole local stack, the demo data, then `next dev`. Flags: `--reset` (reseed the demo
 * data from scratch), `--no-seed`. Every part can be swapped for the real service through .env (see
 * .env.example). Ctrl-C or SIGTERM stops every child; none outlives this script.
 */
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { connect } from "node:net";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { simulatorEnabled, spawnSimulator } from "./simulator/spawn";
import { killStale, spawnGroup, writePidFile } from "./stack/child-process";
import {
  DEMO_PASSWORD,
  demoAccountsTable,
  loadEnvFiles,
  persistedAuthSecret,
  persistedVapidKeys,
} from "./stack/dev-env";
import { portInUse, waitFor } from "./stack/free-port";
import { type Stack, startStack } from "./stack/start-stack";

const root = fileURLToPath(new URL("..", import.meta.url));
const dataDir = join(root, ".data");
const nextPidFile = join(dataDir, "next.pid");
const require = createRequire(import.meta.url);

let stack: Stack | undefined;
let current: ReturnType<typeof spawnGroup> | undefined;
let simulator: ReturnType<typeof spawnGroup> | undefined;
let stopping = false;

async function shutdown(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    console.log("\n[dev] stopping…");
    await current?.stop();
    await simulator?.stop();
    rmSync(nextPidFile, { force: true });
    await stack?.stop();
  }
  process.exit(code);
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: "localhost" });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

async function seed(env: NodeJS.ProcessEnv, reset: boolean): Promise<boolean> {
  console.log(`[dev] seeding the demo data${reset ? " from scratch (--reset)" : ""}…`);
  const tsx = require.resolve("tsx/cli");
  const args = [tsx, "--conditions=react-server", "scripts/seed.ts", ...(reset ? ["--reset"] : [])];
  current = spawnGroup(process.execPath, args, { env, cwd: root });
  const code = await current.exited;
  current = undefined;
  if (code !== 0) console.error(`[dev] the seed failed (exit code ${code}); starting the app anyway`);
  return code === 0;
}

async function main() {
  // The SDK's notice that it will need Node 22 in 2027 would greet every start, here and in the children.
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) {
    process.on(signal, () => {
      // Before the stack is up there is nothing to stop gracefully; exit handlers kill the Java child.
      if (!stack) process.exit(130);
      void shutdown(signal === "SIGINT" ? 130 : 143);
    });
  }
  const args = process.argv.slice(2);
  const reset = args.includes("--reset");
  const loaded = loadEnvFiles(root);
  if (loaded.length) console.log(`[dev] loaded ${loaded.join(", ")}`);

  const stale = await killStale(nextPidFile, "next", { group: true });
  if (stale) console.log(`[dev] stopped a next dev left running by an earlier start (pid ${stale})`);

  const port = Number(process.env.PORT || 3000);
  if ((await portInUse(port)) || (await canConnect(port))) {
    console.error(
      `[dev] port ${port} is already in use: stop what runs there or set PORT=… (e.g. PORT=3001)`,
    );
    process.exit(1);
  }
  const appUrl = process.env.APP_URL || `http://localhost:${port}`;
  const authSecret = process.env.AUTH_SECRET || persistedAuthSecret(dataDir);
  const vapid =
    process.env.VAPID_PUBLIC_KEY || process.env.VAPID_PRIVATE_KEY
      ? {}
      : (({ publicKey, privateKey }) => ({ VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey }))(
          persistedVapidKeys(dataDir),
        );

  stack = await startStack({
    persistDir: dataDir,
    ports: { dynamodb: 8000, s3: 4568, mqtt: 1883 },
    appUrl,
    log: (m) => console.log(`[stack] ${m}`),
  });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...stack.env,
    AUTH_SECRET: authSecret,
    ...vapid,
    AUTH_URL: process.env.AUTH_URL || appUrl,
    AUTH_TRUST_HOST: "true",
    APP_URL: appUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  const seeded = args.includes("--no-seed") ? false : await seed(env, reset);
  if (stopping) return;

  if (simulatorEnabled(env)) {
    console.log("[dev] starting the device simulator (SIMULATOR=off leaves the devices to real hardware)");
    simulator = spawnSimulator(env);
  }

  const nextBin = require.resolve("next/dist/bin/next");
  current = spawnGroup(
    process.execPath,
    [nextBin, "dev", "--hostname", "localhost", "--port", String(port)],
    {
      env,
      cwd: root,
    },
  );
  const next = current;
  writePidFile(nextPidFile, next.child.pid);
  void next.exited.then((code) => {
    if (stopping) return;
    console.error(`[dev] next dev exited (code ${code})`);
    current = undefined;
    void shutdown(code || 1);
  });
  await waitFor(() => canConnect(port), "next dev", 120_000);
  if (stopping) return;
  console.log(
    [
      "",
      `BuildingOS is running at ${appUrl}`,
      "",
      `Demo accounts (password: ${DEMO_PASSWORD})${seeded ? "" : " — not seeded this run"}:`,
      demoAccountsTable(),
      "",
      `DynamoDB ${stack.env.DYNAMODB_ENDPOINT} (table ${stack.env.DYNAMODB_TABLE}) · S3 ${stack.env.S3_ENDPOINT} ` +
        `(bucket ${stack.env.S3_BUCKET}) · MQTT ${stack.env.MQTT_URL}`,
      "Data is kept in .data/ (`npm run dev -- --reset` reseeds the demo). Ctrl-C stops everything.",
      "",
    ].join("\n"),
  );
}

main().catch(async (e) => {
  console.error("[dev] could not start:", e instanceof Error ? e.message : e);
  await shutdown(1);
});
