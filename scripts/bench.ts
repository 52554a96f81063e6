/**
 * `npm run bench -- [--scale small|full] [--n 50] [--only a,b]`: every benchmark figure of the project, one table
 * per measurement, also written as JSON to bench-results/ (git-ignored). The modules are in scripts/bench/
 * (registry.ts); they share one fresh local stack with the demo and scale data and one `next start`, which this
 * script starts on first use and stops at the end. `--help` for the flags.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createContext } from "./bench/context";
import { BENCH_HELP, parseBenchOptions } from "./bench/options";
import { BENCHES } from "./bench/registry";

const root = fileURLToPath(new URL("..", import.meta.url));
const log = (m: string) => console.log(`[bench] ${m}`);

function gitCommit(): string {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" }).trim();
    return dirty ? `${sha}+changes` : sha;
  } catch {
    return "unknown";
  }
}

async function main() {
  const argv = process.argv.slice(2);
  if (argv.includes("--help") || argv.includes("-h")) {
    console.log(
      `${BENCH_HELP}\n\nModules:\n${BENCHES.map((b) => `  ${b.name.padEnd(14)} ${b.description}`).join("\n")}`,
    );
    return;
  }
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const options = parseBenchOptions(argv);
  const unknown = options.only.filter((name) => !BENCHES.some((b) => b.name === name));
  if (unknown.length) throw new Error(`unknown bench module(s): ${unknown.join(", ")}`);
  const modules = BENCHES.filter((b) => options.only.length === 0 || options.only.includes(b.name));
  const startedAt = new Date();
  const started = performance.now();
  const load = [loadavg()[0]];
  log(`scale ${options.scale}: ${JSON.stringify(options.sizes)}; n=${options.n}, warm-up ${options.warmup}`);

  const { ctx, reported, setup, close } = createContext(root, options, log);
  const stop = () => void close().finally(() => process.exit(130));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const results: { module: string; title: string; table: unknown; raw?: unknown }[] = [];
  try {
    for (const m of modules) {
      log(`— ${m.name}: ${m.description}`);
      const before = reported.length;
      const moduleStarted = performance.now();
      await m.run(ctx);
      log(`${m.name} took ${((performance.now() - moduleStarted) / 1000).toFixed(1)} s`);
      for (const r of reported.slice(before))
        results.push({ module: m.name, title: r.table.title, table: r.table, raw: r.raw });
    }
  } finally {
    await close();
  }
  load.push(loadavg()[0]);

  const totalS = (performance.now() - started) / 1000;
  if (setup.seedScaleMs !== undefined) log(`seed:scale took ${(setup.seedScaleMs / 1000).toFixed(1)} s`);
  const dir = join(root, "bench-results");
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${startedAt.toISOString().replace(/[:.]/g, "-")}.json`);
  const machine = { node: process.version, platform: process.platform, cpus: cpus().length, loadavg1: load };
  const doc = { startedAt, commit: gitCommit(), machine, options, setup, totalSeconds: totalS, results };
  writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
  log(`wrote ${file.slice(root.length)} · total ${totalS.toFixed(1)} s`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error("[bench] failed:", e instanceof Error ? e.message : e);
    process.exit(1);
  },
);
