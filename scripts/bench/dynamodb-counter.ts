import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";
import { BACKGROUND_JOB_HEADER } from "../../server/runtime/background-work";

/** Capacity units DynamoDB reported for the requests (ReturnConsumedCapacity TOTAL, added by the proxy). */
export type Units = { read: number; write: number };

export type DynamoCounter = {
  url: string;
  /** requests since the last `take()`, by operation (`Query`, `GetItem`…), then zeroed; background jobs' apart */
  take(): Record<string, number>;
  /** requests the app's background jobs sent since the last `takeBackground()`, by job, then zeroed */
  takeBackground(): Record<string, number>;
  /** capacity units of the same requests (background jobs' left out) since the last `takeUnits()`, then zeroed */
  takeUnits(): Units;
  /** one line per request since the last `takeTrace()` (operation, index, key condition and values, or keys) */
  takeTrace(): string[];
  stop(): Promise<void>;
};

/**
 * A pass-through HTTP proxy in front of DynamoDB (Local) that counts the requests going through it by operation
 * (the `X-Amz-Target` header). The bench points the app at it, so a page's DynamoDB requests are counted as the
 * database sees them, without changing the app. Request bodies are buffered and sent on (with the one field
 * below added; DynamoDB Local does not check signatures, and the host header names the proxy). Costs one
 * loopback hop per request (well under a millisecond).
 */
const WITH_CAPACITY = new Set([
  "GetItem",
  "PutItem",
  "UpdateItem",
  "DeleteItem",
  "Query",
  "Scan",
  "BatchGetItem",
  "BatchWriteItem",
  "TransactGetItems",
  "TransactWriteItems",
]);
const READS = new Set(["GetItem", "Query", "Scan", "BatchGetItem", "TransactGetItems"]);

type Consumed = { CapacityUnits?: number; ReadCapacityUnits?: number; WriteCapacityUnits?: number };
function addUnits(units: Units, op: string, body: string) {
  let parsed: { ConsumedCapacity?: Consumed | Consumed[] };
  try {
    parsed = JSON.parse(body);
  } catch {
    return;
  }
  const list = [parsed.ConsumedCapacity ?? []].flat();
  for (const c of list) {
    if (c.ReadCapacityUnits !== undefined || c.WriteCapacityUnits !== undefined) {
      units.read += c.ReadCapacityUnits ?? 0;
      units.write += c.WriteCapacityUnits ?? 0;
    } else if (READS.has(op)) units.read += c.CapacityUnits ?? 0;
    else units.write += c.CapacityUnits ?? 0;
  }
}
/**
 * A request in one line, to name what a page reads (issue 19): `Query gsi2 KEY pk = :pk AND … {:pk=…}`,
 * `BatchGetItem 3 keys: B#…/USER#…, …`, `GetItem B#…/UNREAD`. Values are shortened; nothing here is a secret
 * (local data only).
 */
function requestLine(op: string, body: string): string {
  let j: Record<string, unknown>;
  try {
    j = JSON.parse(body);
  } catch {
    return op;
  }
  const av = (v: unknown): string => {
    if (!v || typeof v !== "object") return String(v);
    const [[t, x]] = Object.entries(v as Record<string, unknown>);
    return t === "S" || t === "N" ? String(x).slice(0, 48) : t;
  };
  const key = (k: unknown) =>
    Object.values((k ?? {}) as Record<string, unknown>)
      .map(av)
      .join("/");
  if (op === "Query") {
    const values = Object.entries((j.ExpressionAttributeValues ?? {}) as Record<string, unknown>)
      .map(([n, v]) => `${n}=${av(v)}`)
      .join(" ");
    const extra = [
      j.Select === "COUNT" ? "COUNT" : "",
      j.Limit ? `Limit ${j.Limit}` : "",
      j.FilterExpression ? "filtered" : "",
    ]
      .filter(Boolean)
      .join(", ");
    return `Query ${j.IndexName ?? "table"} ${values}${extra ? ` (${extra})` : ""}`;
  }
  if (op === "GetItem") return `GetItem ${key(j.Key)}`;
  if (op === "BatchGetItem") {
    const ks = Object.values((j.RequestItems ?? {}) as Record<string, { Keys?: unknown[] }>).flatMap(
      (r) => r.Keys ?? [],
    );
    return `BatchGetItem ${ks.length} keys: ${ks.map(key).join(", ")}`;
  }
  return op;
}

export async function startDynamoCounter(target: string): Promise<DynamoCounter> {
  const to = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let counts: Record<string, number> = {};
  let background: Record<string, number> = {};
  let units: Units = { read: 0, write: 0 };
  let trace: string[] = [];
  const server = createServer((req, res) => {
    const op =
      String(req.headers["x-amz-target"] ?? "?")
        .split(".")
        .pop() ?? "?";
    // the app names the background job a request comes from (server/db/scan-guard.ts): not the page's
    const job = req.headers[BACKGROUND_JOB_HEADER];
    if (typeof job === "string") background[job] = (background[job] ?? 0) + 1;
    else counts[op] = (counts[op] ?? 0) + 1;
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      let body = Buffer.concat(chunks);
      if (typeof job !== "string" && trace.length < 200) trace.push(requestLine(op, body.toString("utf8")));
      if (WITH_CAPACITY.has(op)) {
        try {
          const json = JSON.parse(body.toString("utf8"));
          if (!json.ReturnConsumedCapacity || json.ReturnConsumedCapacity === "NONE") {
            json.ReturnConsumedCapacity = "TOTAL";
            body = Buffer.from(JSON.stringify(json));
          }
        } catch {
          // not JSON: passed on as it came
        }
      }
      const up = request(
        {
          host: to.hostname,
          port: to.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, "content-length": String(body.length) },
          agent,
        },
        (r) => {
          res.writeHead(r.statusCode ?? 502, r.headers);
          const got: Buffer[] = [];
          r.on("data", (c: Buffer) => got.push(c));
          r.on("end", () => {
            if (typeof job !== "string") addUnits(units, op, Buffer.concat(got).toString("utf8"));
          });
          r.pipe(res);
        },
      );
      up.on("error", () => {
        res.writeHead(502);
        res.end();
      });
      up.end(body);
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    take: () => {
      const out = counts;
      counts = {};
      return out;
    },
    takeBackground: () => {
      const out = background;
      background = {};
      return out;
    },
    takeTrace: () => {
      const out = trace;
      trace = [];
      return out;
    },
    takeUnits: () => {
      const out = units;
      units = { read: 0, write: 0 };
      return out;
    },
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
