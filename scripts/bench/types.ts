import type { ScaleSizes } from "../scale-data/options";

export type BenchOptions = {
  /** preset of the scale building's sizes: `small` (default, 100k access logs) or `full` (1M) */
  scale: "small" | "full";
  sizes: ScaleSizes;
  /** measured requests (or queries) per target, after `warmup` unmeasured ones */
  n: number;
  warmup: number;
  /** run only these bench modules (by name); all when empty */
  only: string[];
  /** `--quick`: tiny sizes and few requests in every module, so that `npm test` sees a crash (figures meaningless) */
  quick: boolean;
};

/** A module's count: at least `floor` in a real run, just `n` in a quick one. */
export const atLeast = (options: BenchOptions, floor: number) =>
  options.quick ? options.n : Math.max(options.n, floor);

/** One printed table; every cell is text or a number (numbers print with their unit in the column name). */
export type BenchTable = {
  title: string;
  columns: string[];
  rows: (string | number)[][];
  notes?: string[];
};

export type BenchContext = {
  options: BenchOptions;
  /** The local stack (or the services the environment points at) with the demo and scale data; started once. */
  env(): Promise<NodeJS.ProcessEnv>;
  /** Base URL of `next start` on the production build, on a free port; started once. */
  app(): Promise<string>;
  /** The app's DynamoDB requests since the last call, by operation (a counting proxy sits between them). */
  dynamoRequests(): Record<string, number>;
  /** The same requests, one line each (operation, index, key values or keys), since the last call. */
  dynamoTrace(): string[];
  /** requests the app's background jobs (sweepers, the MQTT bridge) sent since the last call, by job; never in `dynamoRequests` */
  dynamoBackground(): Record<string, number>;
  /** The capacity units DynamoDB reported for the app's requests since the last call (read, write). */
  dynamoUnits(): { read: number; write: number };
  /** Prints a table now and keeps it (and `raw` samples) for the JSON file. */
  report(table: BenchTable, raw?: unknown): void;
  log(message: string): void;
};

/**
 * A benchmark of the project. Each module measures one thing and reports its figures as tables; `npm run bench`
 * runs every module of the registry (scripts/bench/registry.ts) in order, sharing one stack, one data set and
 * one app server between them.
 */
export type BenchModule = {
  name: string;
  description: string;
  run(ctx: BenchContext): Promise<void>;
};
