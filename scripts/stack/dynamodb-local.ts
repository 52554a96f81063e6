import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { freePort, waitFor } from "./free-port";

export type RunningDynamo = { endpoint: string; port: number; process: ChildProcess; stop: () => Promise<void> };

/** The folder holding AWS's DynamoDBLocal.jar, shipped inside amplify-dynamodb-simulator. */
function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

/**
 * Starts AWS's DynamoDB Local (Java). `dbPath` keeps data across restarts; without it the database is in memory.
 * We start the jar ourselves: the wrapper package's own launcher wants another home folder.
 */
export async function startDynamoDbLocal(opts: { port?: number; dbPath?: string } = {}): Promise<RunningDynamo> {
  const port = opts.port ?? (await freePort());
  const dir = emulatorDir();
  const storage = opts.dbPath ? ["-dbPath", opts.dbPath] : ["-inMemory"];
  if (opts.dbPath) mkdirSync(opts.dbPath, { recursive: true });
  const child = spawn(
    "java",
    [
      "-Xmx512m",
      `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
      "-jar",
      join(dir, "DynamoDBLocal.jar"),
      "-sharedDb",
      "-port",
      String(port),
      "-disableTelemetry",
      ...storage,
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  child.stdout?.on("data", (d) => {
    output += d;
  });
  child.stderr?.on("data", (d) => {
    output += d;
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const endpoint = `http://localhost:${port}`;
  try {
    await waitFor(
      async () => {
        if (child.exitCode !== null) throw new Error(`DynamoDB Local exited: ${output}`);
        const res = await fetch(endpoint, { method: "POST" }).catch(() => null);
        return res !== null;
      },
      "DynamoDB Local",
      60_000,
    );
  } catch (e) {
    child.kill("SIGKILL");
    throw new Error(`${(e as Error).message}\n${output}`);
  }
  return {
    endpoint,
    port,
    process: child,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const t = setTimeout(() => child.kill("SIGKILL"), 3000);
        await exited;
        clearTimeout(t);
      }
    },
  };
}
