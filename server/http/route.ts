import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Capability } from "@/lib/permissions";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { requireActor } from "../auth/actor";
import { bearerToken } from "../auth/token-actor";
import { config } from "../config";
import { errorBody, toSafeError } from "../errors";
import { logger } from "../logger";
import { requestIdFrom } from "./request-id";

type Schema = z.ZodType;
type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export type RouteContext<B, Q, P> = {
  body: B;
  query: Q;
  params: P;
  actor: Actor;
  request: Request;
  requestId: string;
};

export type RouteOptions<B, Q, P> = {
  body?: B;
  query?: Q;
  params?: P;
  /** checked before the handler runs; ownership is checked by the service after loading the item */
  capability?: Capability;
};

/** What a handler may return: a Response as is, or data sent as JSON (200 unless `status` says otherwise). */
export type RouteResult = Response | { status?: number; json: unknown };
export const json = (data: unknown, status = 200): RouteResult => ({ status, json: data });

/**
 * The one wrapper for `/api/v1` route handlers: resolves the actor (401 without one), checks the capability,
 * parses params, query and JSON body with zod (400 malformed JSON, 422 naming each bad field), runs the
 * handler and maps every failure to `{ error: { code, message, fields? } }` with no stack trace.
 *
 * A body over MAX_BODY_BYTES is refused with 413, by its Content-Length before anything else and by counting
 * while it is read. A request authenticated by the session cookie (not a Bearer token) must come from this
 * app's own pages: see assertSameOrigin.
 */
export function apiRoute<
  B extends Schema | undefined = undefined,
  Q extends Schema | undefined = undefined,
  P extends Schema | undefined = undefined,
>(
  opts: RouteOptions<B, Q, P>,
  handler: (ctx: RouteContext<Infer<B>, Infer<Q>, Infer<P>>) => Promise<RouteResult>,
) {
  const handle = async (
    request: Request,
    ctx: { params: Promise<Record<string, string | string[]>> },
  ): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    let response: Response;
    try {
      assertDeclaredSize(request);
      const cookieSession = bearerToken(request) === undefined;
      const actor = await requireActor(request);
      if (cookieSession) assertSameOrigin(request);
      if (opts.capability) authorize(actor, opts.capability);
      const params = opts.params ? parseInput(opts.params, await ctx.params) : undefined;
      const query = opts.query
        ? parseInput(opts.query, Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const body = opts.body ? parseInput(opts.body, await readJson(request, cookieSession)) : undefined;
      const result = await handler({
        body: body as Infer<B>,
        query: query as Infer<Q>,
        params: params as Infer<P>,
        actor,
        request,
        requestId,
      });
      response =
        result instanceof Response
          ? result
          : NextResponse.json(result.json, { status: result.status ?? 200 });
    } catch (e) {
      const safe = toSafeError(e, { requestId, method: request.method, path: new URL(request.url).pathname });
      response = NextResponse.json(errorBody(safe), { status: safe.status });
      // RFC 9110: a 401 names the scheme that would work; browsers show no prompt for Bearer.
      if (safe.status === 401) response.headers.set("www-authenticate", 'Bearer realm="BuildingOS"');
    }
    response.headers.set("x-request-id", requestId);
    logger.debug("api", {
      requestId,
      method: request.method,
      path: new URL(request.url).pathname,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    return response;
  };
  // Kept on the handler so the OpenAPI test can prove the documented schemas are the ones this route parses.
  return Object.assign(handle, { routeOptions: opts as RouteOptions<Schema, Schema, Schema> });
}

/** The largest request body an `/api/v1` route reads (files go to S3 directly, with presigned posts). */
export const MAX_BODY_BYTES = 256 * 1024;

const tooLarge = (limit: number) =>
  new AppError("payload_too_large", `The request body is larger than ${Math.round(limit / 1024)} KB.`);

/** 413 at once when the request says its body is too large. */
function assertDeclaredSize(request: Request, limit = MAX_BODY_BYTES) {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
}

/**
 * The body, counted while it streams in: past `limit` bytes reading stops and the request gets a 413, whatever
 * its Content-Length said (chunked bodies have none). Shared with the Auth.js POST wrapper.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  assertDeclaredSize(request, limit);
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return all;
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery for cookie sessions. SameSite=Lax keeps the cookie off cross-site posts, but not
 * off posts from a sibling subdomain (same site); so a state-changing request with the session cookie must name
 * an Origin that is this app's (APP_URL) or the host it was sent to, and a browser always sends Origin on those.
 * Reads with an Origin header are held to the same rule. API tokens are not ambient credentials: exempt.
 */
function assertSameOrigin(request: Request) {
  const origin = request.headers.get("origin");
  if (origin === null) {
    if (SAFE_METHODS.has(request.method)) return;
    throw new AppError(
      "forbidden",
      "A request signed in by cookie must come from this site (Origin missing).",
    );
  }
  if (!allowedOrigins(request).has(origin)) {
    throw new AppError("forbidden", "A request signed in by cookie must come from this site.");
  }
}

function allowedOrigins(request: Request): Set<string> {
  const allowed = new Set([new URL(config().APP_URL).origin]);
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  const url = new URL(request.url);
  if (host) {
    const proto =
      request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.slice(0, -1);
    allowed.add(`${proto}://${host}`);
  } else {
    allowed.add(url.origin);
  }
  return allowed;
}

/** Cookie sessions must say their body is JSON: a form or text/plain body is what a forged cross-site post sends. */
async function readJson(request: Request, cookieSession: boolean): Promise<unknown> {
  if (cookieSession && request.body) {
    const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
    if (type !== "application/json") {
      throw new AppError(
        "unsupported_media_type",
        "The request body must be JSON (Content-Type: application/json).",
      );
    }
  }
  const text = new TextDecoder().decode(await readBody(request));
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
