import { Agent, createServer, request } from "node:http";
import type { AddressInfo } from "node:net";

export type DynamoCounter = {
  url: string;
  /** requests since the last `take()`, by operation (`Query`, `GetItem`…), then zeroed */
  take(): Record<string, number>;
  stop(): Promise<void>;
};

/**
 * A pass-through HTTP proxy in front of DynamoDB (Local) that counts the requests going through it by operation
 * (the `X-Amz-Target` header). The bench points the app at it, so a page's DynamoDB requests are counted as the
 * database sees them, without changing the app. Bodies are streamed through untouched (signatures stay valid:
 * the host header names the proxy, and DynamoDB Local does not check signatures). Costs one loopback hop per
 * request (well under a millisecond).
 */
export async function startDynamoCounter(target: string): Promise<DynamoCounter> {
  const to = new URL(target);
  const agent = new Agent({ keepAlive: true });
  let counts: Record<string, number> = {};
  const server = createServer((req, res) => {
    const op =
      String(req.headers["x-amz-target"] ?? "?")
        .split(".")
        .pop() ?? "?";
    counts[op] = (counts[op] ?? 0) + 1;
    const up = request(
      {
        host: to.hostname,
        port: to.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    up.on("error", () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(up);
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
    stop: () =>
      new Promise((resolve) => {
        agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
