import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * Spawns a long-lived child in a process group of its own, so that stopping it also stops whatever it
 * started (next dev runs its server in a worker process). The group is SIGKILLed if this process exits
 * without stopping it, so no child outlives the dev script.
 */
export function spawnGroup(
  command: string,
  args: string[],
  /** `prefix`: each line of the child's output is passed on with it (several servers at once) */
  opts: { env: NodeJS.ProcessEnv; cwd?: string; prefix?: string },
): { child: ChildProcess; exited: Promise<number>; stop: (graceMs?: number) => Promise<void> } {
  const child = spawn(command, args, {
    env: opts.env,
    cwd: opts.cwd,
    stdio: ["ignore", opts.prefix ? "pipe" : "inherit", opts.prefix ? "pipe" : "inherit"],
    detached: true,
  });
  if (opts.prefix) {
    const prefix = opts.prefix;
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ] as const) {
      let rest = "";
      from?.on("data", (chunk: Buffer) => {
        const lines = (rest + chunk.toString("utf8")).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) to.write(`${prefix}${line}\n`);
      });
      from?.on("end", () => rest && to.write(`${prefix}${rest}\n`));
    }
  }
  const pid = child.pid;
  const signalGroup = (signal: NodeJS.Signals) => {
    if (pid === undefined) return;
    try {
      process.kill(-pid, signal);
    } catch {
      // the group is already gone
    }
  };
  const killOnExit = () => signalGroup("SIGKILL");
  process.on("exit", killOnExit);
  const exited = new Promise<number>((resolve) => {
    child.once("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
    child.once("error", () => resolve(1));
  });
  return {
    child,
    exited,
    stop: async (graceMs = 5000) => {
      signalGroup("SIGTERM");
      const timer = setTimeout(() => signalGroup("SIGKILL"), graceMs);
      await exited;
      clearTimeout(timer);
      signalGroup("SIGKILL"); // stragglers left in the group by the leader
      process.off("exit", killOnExit);
    },
  };
}

/** Records a child's pid so that a later start can end it if this process is killed outright (SIGKILL). */
export function writePidFile(file: string, pid: number | undefined): void {
  if (pid) writeFileSync(file, String(pid));
}

/**
 * Ends a process (or its whole group) left running by an earlier start that was killed outright, so it
 * releases its port and files. Only a process whose command line contains `marker` is touched: pids are reused.
 * Returns the pid it ended.
 */
export async function killStale(file: string, marker: string, opts: { group?: boolean } = {}) {
  if (!existsSync(file)) return undefined;
  const pid = Number(readFileSync(file, "utf8").trim());
  rmSync(file, { force: true });
  if (!Number.isInteger(pid) || pid <= 1) return undefined;
  let command = "";
  try {
    command = execFileSync("ps", ["-p", String(pid), "-o", "command="], { encoding: "utf8" });
  } catch {
    return undefined; // not running any more
  }
  if (!command.includes(marker)) return undefined;
  try {
    process.kill(opts.group ? -pid : pid, "SIGKILL");
  } catch {
    return undefined;
  }
  for (let i = 0; i < 50; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return pid;
}
