import type { BenchTable } from "./types";

/** Nearest-rank percentile of a sample (p in 0..100). */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export const median = (samples: number[]) => percentile(samples, 50);

/** Milliseconds with one decimal: enough for figures this noisy, short enough to read. */
export const ms = (x: number) => Math.round(x * 10) / 10;
export const ratio = (x: number, base: number) => Math.round((x / base) * 100) / 100;

/** Runs `fn` `n` times in order and returns how long each run took (ms). */
export async function timeSequential(n: number, fn: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/** Fixed-width text table: numbers right-aligned, text left-aligned. */
export function formatTable(t: BenchTable): string {
  const cells = [
    t.columns,
    ...t.rows.map((r) => r.map((c) => (typeof c === "number" ? c.toLocaleString("en-US") : c))),
  ];
  const widths = t.columns.map((_, i) => Math.max(...cells.map((r) => String(r[i] ?? "").length)));
  const line = (r: (string | number)[], numeric: boolean[]) =>
    r.map((c, i) => (numeric[i] ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ");
  const numericCols = t.columns.map(
    (_, i) => t.rows.length > 0 && t.rows.every((r) => typeof r[i] === "number"),
  );
  const out = [
    `\n${t.title}`,
    line(t.columns, numericCols),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...cells.slice(1).map((r) => line(r, numericCols)),
  ];
  for (const n of t.notes ?? []) out.push(`  ${n}`);
  return out.join("\n");
}
