import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { freePort, waitFor } from "./free-port";

export type RunningDynamo = {
  endpoint: string;
  port: number;
  process: ChildProcess;
  stop: () => Promise<void>;
};

/** The folder holding AWS's DynamoDBLocal.jar, shipped inside amplify-dynamodb-simulator. */
function emulatorDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve("amplify-dynamodb-simulator/package.json")), "emulator");
}

/**
 * Starts AWS's DynamoDB Local (Java). `dbPath` keeps data across restarts; without it the database is in memory.
 * We start the jar ourselves: the wrapper package's own launcher wants another home folder.
 */
export async function startDynamoDbLocal(
  opts: { port?: number; dbPath?: string } = {},
): Promise<RunningDynamo> {
  const port = opts.port ?? (await freePort());
  const dir = emulatorDir();
  const dbPath = opts.dbPath ? resolve(opts.dbPath) : undefined;
  const storage = dbPath ? ["-dbPath", dbPath] : ["-inMemory"];
  if (dbPath) mkdirSync(dbPath, { recursive: true });
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
    // It writes dynamodb-local-metadata.json into its working folder: keep that out of the repository.
    { stdio: ["ignore", "pipe", "pipe"], cwd: dbPath ?? tmpdir() },
  );
  // Whoever started it may die without calling stop() (an uncaught error, process.exit in a signal
  // handler): the Java child must not outlive it. SIGKILL is all an exit handler can still do.
  const killOnExit = () => child.kill("SIGKILL");
  process.on("exit", killOnExit);
  child.once("exit", () => process.off("exit", killOnExit));
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
