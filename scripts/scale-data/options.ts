/** Flags of `npm run seed:scale`; sizes default to a large building (SPEC: measure against it from day one). */
export type ScaleSizes = { units: number; stays: number; accessLogs: number; tickets: number };
export type ScaleOptions = ScaleSizes & {
  reset: boolean;
  help: boolean;
  /** write to real DynamoDB (the SDK's default endpoint) instead of a local one */
  aws: boolean;
  /** BatchWriteItem calls in flight */
  concurrency: number;
};

export const FULL_SCALE: ScaleSizes = { units: 500, stays: 50_000, accessLogs: 1_000_000, tickets: 20_000 };

export const SCALE_HELP = `npm run seed:scale -- [flags]

Fills one extra building, "Scale Tower" (bld_scale), at large-building scale, for benchmarks
(npm run bench) and for trying the app against a big building (npm run dev).

  --units N          units, a lock on each (default ${FULL_SCALE.units})
  --stays N          reservations over the past ~2 years and the next months (default ${FULL_SCALE.stays})
  --access-logs N    door events over the last 90 days (default ${FULL_SCALE.accessLogs})
  --tickets N        maintenance tickets, most of them closed (default ${FULL_SCALE.tickets})
  --concurrency N    BatchWriteItem calls in flight (default 8)
  --reset            delete bld_scale's items first, then seed again
  --aws              write to real DynamoDB (AWS_REGION, DYNAMODB_TABLE, the SDK's credentials)
  --help             this text

Accounts (password buildingos-demo): manager@scale.example, staff@scale.example,
resident@scale.example (unit 101); every other unit has a resident res<number>@scale.example.

Where it writes: DYNAMODB_ENDPOINT when set; else the DynamoDB Local of \`npm run dev\` when it answers on
localhost:8000; else it starts DynamoDB Local itself on the dev stack's data folder (.data/dynamodb), so a
later \`npm run dev\` serves the building. A second run does nothing (marker item SEED / SCALE).`;

function intFlag(argv: string[], name: string, fallback: number): number {
  const i = argv.indexOf(name);
  if (i < 0) return fallback;
  const n = Number(String(argv[i + 1]).replace(/[_,]/g, ""));
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} expects a whole number, got "${argv[i + 1]}"`);
  return n;
}

export function parseScaleOptions(argv: string[]): ScaleOptions {
  const known = new Set(["--units", "--stays", "--access-logs", "--tickets", "--concurrency"]);
  const flags = new Set(["--reset", "--help", "-h", "--aws"]);
  argv.forEach((a, i) => {
    if (a.startsWith("-") && !known.has(a) && !flags.has(a))
      throw new Error(`unknown flag ${a} (see --help)`);
    if (!a.startsWith("-") && !known.has(argv[i - 1])) throw new Error(`unexpected argument ${a}`);
  });
  const units = intFlag(argv, "--units", FULL_SCALE.units);
  if (units < 1 || units > 9_999) throw new Error("--units must be between 1 and 9999");
  return {
    units,
    stays: intFlag(argv, "--stays", FULL_SCALE.stays),
    accessLogs: intFlag(argv, "--access-logs", FULL_SCALE.accessLogs),
    tickets: intFlag(argv, "--tickets", FULL_SCALE.tickets),
    concurrency: Math.max(1, intFlag(argv, "--concurrency", 8)),
    reset: argv.includes("--reset"),
    help: argv.includes("--help") || argv.includes("-h"),
    aws: argv.includes("--aws"),
  };
}
