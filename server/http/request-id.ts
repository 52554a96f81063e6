import "server-only";
import { randomUUID } from "node:crypto";
import { headers } from "next/headers";

/**
 * The id that ties a request's log lines together: the caller's `x-request-id` when it sends one, else the
 * load balancer's trace id (an ALB adds `x-amzn-trace-id`, so app logs join its access logs), else a new one.
 * Capped and restricted to printable ASCII, since it comes from the client and goes into every log line.
 */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id") ?? headers.get("x-amzn-trace-id");
  return given && /^[\x21-\x7e]{1,128}$/.test(given) ? given : randomUUID();
}

/** The same inside a server action (no Request object): from the incoming headers, if there is a request. */
export async function currentRequestId(): Promise<string> {
  try {
    return requestIdFrom(await headers());
  } catch {
    return randomUUID();
  }
}
