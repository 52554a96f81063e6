/**
 * `npx tsx scripts/bench/cpu-profile-summary.ts <file.cpuprofile> [top]`: where a profiled server's time went
 * (issue 19): self time by area (React rendering, Next.js, the AWS SDK, the app's own code, GC, idle…) and the
 * functions with the most self time. A profile comes from `BENCH_CPU_PROF=<dir> npm run bench -- --only home-pages`.
 */
import { readFileSync } from "node:fs";

type Node = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
};
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const AREAS: [string, RegExp][] = [
  ["react-dom (server rendering)", /react-dom|react-server-dom|react\.production|react-jsx/],
  ["next-intl / intl", /next-intl|use-intl|intl-messageformat|@formatjs/],
  ["next.js", /\/next\//],
  ["aws sdk", /@aws-sdk|@smithy/],
  ["auth.js / jose", /next-auth|@auth\/|jose/],
  ["app chunks (.next/server)", /\.next\/server/],
  ["node internals", /^node:|^internal\//],
];

export function summarize(p: Profile, top = 25) {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  for (const [i, id] of p.samples.entries()) self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const fns = new Map<string, number>();
  for (const [id, us] of self) {
    const f = byId.get(id)?.callFrame;
    if (!f) continue;
    const name = f.functionName || "(anonymous)";
    const area = ["(idle)", "(program)", "(garbage collector)"].includes(name)
      ? name
      : (AREAS.find(([, re]) => re.test(f.url))?.[0] ?? (f.url ? "other" : "(native)"));
    areas.set(area, (areas.get(area) ?? 0) + us);
    const where = `${name} ${f.url.split("/").slice(-3).join("/")}:${f.lineNumber + 1}`;
    fns.set(where, (fns.get(where) ?? 0) + us);
  }
  const pct = (us: number) => `${((us / total) * 100).toFixed(1)}%`;
  const lines = [`total sampled ${(total / 1000).toFixed(0)} ms`, "", "self time by area:"];
  for (const [a, us] of [...areas].sort((x, y) => y[1] - x[1])) lines.push(`  ${pct(us).padStart(6)}  ${a}`);
  lines.push("", `top ${top} functions by self time:`);
  for (const [f, us] of [...fns].sort((x, y) => y[1] - x[1]).slice(0, top))
    lines.push(`  ${pct(us).padStart(6)}  ${(us / 1000).toFixed(0).padStart(6)} ms  ${f}`);
  return lines.join("\n");
}

if (process.argv[1]?.endsWith("cpu-profile-summary.ts")) {
  const file = process.argv[2];
  if (!file) throw new Error("usage: cpu-profile-summary.ts <file.cpuprofile> [top]");
  console.log(summarize(JSON.parse(readFileSync(file, "utf8")) as Profile, Number(process.argv[3] ?? 25)));
}
