import { freePort } from "../stack/free-port";
import { type BenchData, startBenchData } from "./data";
import { type DynamoCounter, startDynamoCounter } from "./dynamodb-counter";
import { ensureBuild, startNext } from "./next-app";
import { formatTable } from "./stats";
import type { BenchContext, BenchOptions, BenchTable } from "./types";

export type Reported = { table: BenchTable; raw?: unknown };

/**
 * The shared resources of a bench run, each started on first use and only once: a module that needs only
 * DynamoDB never starts the app. `close` stops whatever was started, in reverse order.
 */
export function createContext(root: string, options: BenchOptions, log: (m: string) => void) {
  const reported: Reported[] = [];
  const stops: (() => Promise<void>)[] = [];
  const setup: { seedScaleMs?: number; appPort?: number } = {};
  let data: Promise<BenchData> | undefined;
  let app: Promise<string> | undefined;
  let port: Promise<number> | undefined;
  let counter: DynamoCounter | undefined;

  // the app's origin is needed before the stack starts (S3 CORS), so its port is chosen first
  const appPort = () => {
    port ??= freePort().then((p) => {
      setup.appPort = p;
      return p;
    });
    return port;
  };
  const env = async () => {
    data ??= (async () => {
      const url = `http://localhost:${await appPort()}`;
      const d = await startBenchData({ root, appUrl: url, sizes: options.sizes, log });
      stops.push(d.stop);
      setup.seedScaleMs = d.seedScaleMs;
      return d;
    })();
    return (await data).env;
  };

  const ctx: BenchContext = {
    options,
    env,
    app: () => {
      app ??= (async () => {
        const e = await env();
        ensureBuild(root, e, log);
        // a local endpoint gets the counting proxy in front of it (real AWS is https: not counted)
        const local = String(e.DYNAMODB_ENDPOINT ?? "").startsWith("http://");
        if (local) counter = await startDynamoCounter(String(e.DYNAMODB_ENDPOINT));
        const proxied = counter;
        if (proxied) stops.push(() => proxied.stop());
        const appEnv = proxied ? { ...e, DYNAMODB_ENDPOINT: proxied.url } : e;
        const next = await startNext(root, appEnv, await appPort());
        stops.push(next.stop);
        log(`next start on ${next.url}`);
        return next.url;
      })();
      return app;
    },
    dynamoRequests: () => counter?.take() ?? {},
    dynamoTrace: () => counter?.takeTrace() ?? [],
    dynamoBackground: () => counter?.takeBackground() ?? {},
    dynamoUnits: () => counter?.takeUnits() ?? { read: 0, write: 0 },
    report: (table, raw) => {
      reported.push({ table, raw });
      console.log(formatTable(table));
    },
    log,
  };

  const close = async () => {
    for (const stop of stops.reverse()) await stop().catch((e) => log(`stop failed: ${e}`));
  };
  return { ctx, reported, setup, close };
}
