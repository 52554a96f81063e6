import { FULL_SCALE, type ScaleSizes } from "../scale-data/options";
import type { BenchOptions } from "./types";

/** Same building as `seed:scale`, but 100k access logs instead of 1M so that a bench run seeds in minutes. */
export const SCALE_PRESETS: Record<BenchOptions["scale"], ScaleSizes> = {
  small: { ...FULL_SCALE, accessLogs: 100_000 },
  full: FULL_SCALE,
};

/** `--quick`: a building of 40 units, 3 requests per target; every module runs, in about two minutes. */
export const QUICK_SIZES: ScaleSizes = { units: 40, stays: 2_000, tickets: 500, accessLogs: 2_000 };

export const BENCH_HELP = `npm run bench -- [flags]

Prints every benchmark figure of the project (one table per measurement) and writes them as JSON to
bench-results/. Starts a fresh in-memory local stack (unless DYNAMODB_ENDPOINT, S3_ENDPOINT, MQTT_URL point
elsewhere), seeds the demo and the scale building, runs \`next build\` only if .next/BUILD_ID is missing, starts
\`next start\` on a free port, measures, and stops everything.

  --scale small|full   scale building sizes: small = 500 units, 50,000 stays, 20,000 tickets, 100,000 access
                       logs (default); full = the same with 1,000,000 access logs   (env BENCH_SCALE)
  --units N, --stays N, --tickets N, --access-logs N   override one size of the preset
  --n N                measured requests per target (default 50; env BENCH_N)
  --warmup N           unmeasured requests per target first (default 5)
  --only a,b           run only these modules (see the list below)
  --quick              tiny sizes and 3 requests per target in every module (npm test runs it so that a
                       crash fails CI; its figures mean nothing)
  --help               this text`;

const num = (argv: string[], flag: string, fallback: number) => {
  const i = argv.indexOf(flag);
  if (i < 0) return fallback;
  const n = Number(String(argv[i + 1]).replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} expects a whole number`);
  return n;
};

export function parseBenchOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): BenchOptions {
  const at = argv.indexOf("--scale");
  const scale = (at >= 0 ? argv[at + 1] : env.BENCH_SCALE) ?? "small";
  if (scale !== "small" && scale !== "full") throw new Error(`--scale must be small or full, got "${scale}"`);
  const quick = argv.includes("--quick");
  const preset = quick ? QUICK_SIZES : SCALE_PRESETS[scale];
  const only = argv.indexOf("--only");
  return {
    scale,
    quick,
    sizes: {
      units: num(argv, "--units", preset.units),
      stays: num(argv, "--stays", preset.stays),
      tickets: num(argv, "--tickets", preset.tickets),
      accessLogs: num(argv, "--access-logs", preset.accessLogs),
    },
    n: Math.max(1, num(argv, "--n", quick ? 3 : Number(env.BENCH_N || 50))),
    warmup: num(argv, "--warmup", quick ? 1 : 5),
    only:
      only >= 0
        ? String(argv[only + 1])
            .split(",")
            .filter(Boolean)
        : [],
  };
}
