import "server-only";
import { NextResponse } from "next/server";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { requireActor } from "../auth/actor";
import { bearerToken } from "../auth/token-actor";
import { config } from "../config";
import { errorBody, toSafeError } from "../errors";
import { logger } from "../logger";
import { errorBodySchema, errorStatusesOf } from "./openapi/errors";
import type { ApiOperation } from "./openapi/registry";
import { requestIdFrom } from "./request-id";

/** What a handler receives: the op's params, query and body parsed by its own schemas, typed from them. */
type Parsed<O, K extends "params" | "query" | "body"> = O extends { [P in K]: infer S extends z.ZodType }
  ? z.infer<S>
  : undefined;

export type RouteContext<O> = {
  body: Parsed<O, "body">;
  query: Parsed<O, "query">;
  params: Parsed<O, "params">;
  actor: Actor;
  request: Request;
  requestId: string;
};
export type PublicRouteContext<O> = Omit<RouteContext<O>, "actor">;

/** What a handler may return: a Response as is, or data sent as JSON (200 unless `status` says otherwise). */
export type RouteResult = Response | { status?: number; json: unknown };
export const json = (data: unknown, status = 200): RouteResult => ({ status, json: data });

type NextContext = { params: Promise<Record<string, string | string[]>> };
/** A route handler built from its operation; the operation rides along for the OpenAPI test. */
export type OperationHandler = ((request: Request, ctx?: NextContext) => Promise<Response>) & {
  operation: ApiOperation;
};

/**
 * The one wrapper for `/api/v1` route handlers, built from the operation that documents them
 * (server/http/openapi/resources): resolves the actor (401 without one), checks the op's capability (a fast
 * 403; the service stays authoritative), parses params, query and JSON body with the op's schemas (400
 * malformed JSON, 422 naming each bad field), runs the handler and maps every failure to
 * `{ error: { code, message, fields?, details? } }` with no stack trace. Under test every answer is checked
 * against the op's documented responses (checkAnswer).
 *
 * A body over MAX_BODY_BYTES is refused with 413, by its Content-Length before anything else and by counting
 * while it is read. A request authenticated by the session cookie (not a Bearer token) must come from this
 * app's own pages: see assertSameOrigin.
 */
export function apiRoute<O extends ApiOperation>(
  op: O,
  handler: (ctx: RouteContext<O>) => Promise<RouteResult>,
): OperationHandler {
  if (op.auth === "public") throw new Error(`${op.id} is public: serve it with publicRoute`);
  return serve(op, handler as Handler);
}

/**
 * The same for the few operations that need no session or token (`auth: "public"`: health, this API's
 * document, a unit's calendar feed, whose secret is in the URL): no actor, everything else alike.
 */
export function publicRoute<O extends ApiOperation>(
  op: O,
  handler: (ctx: PublicRouteContext<O>) => Promise<RouteResult> | RouteResult,
): OperationHandler {
  if (op.auth !== "public") throw new Error(`${op.id} needs an actor: serve it with apiRoute`);
  return serve(op, handler as Handler);
}

type Handler = (ctx: {
  body: unknown;
  query: unknown;
  params: unknown;
  actor: Actor;
  request: Request;
  requestId: string;
}) => Promise<RouteResult> | RouteResult;

function serve(op: ApiOperation, handler: Handler): OperationHandler {
  const handle = async (request: Request, ctx?: NextContext): Promise<Response> => {
    const requestId = requestIdFrom(request.headers);
    const started = performance.now();
    const path = new URL(request.url).pathname;
    let response: Response;
    try {
      // public operations read no body (the lint-ignore file relies on them answering no 4xx)
      if (op.auth !== "public" || op.body) assertDeclaredSize(request);
      const cookieSession = bearerToken(request) === undefined;
      let actor: Actor | undefined;
      if (op.auth !== "public") {
        actor = await requireActor(request);
        if (cookieSession) assertSameOrigin(request);
        if (op.capability) authorize(actor, op.capability);
      }
      const params = op.params ? parseInput(op.params, await ctx?.params) : undefined;
      const query = op.query
        ? parseInput(op.query, Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const body = op.body ? parseInput(op.body, await readJson(request, cookieSession)) : undefined;
      const result = await handler({ body, query, params, actor: actor as Actor, request, requestId });
      response =
        result instanceof Response
          ? result
          : NextResponse.json(result.json, { status: result.status ?? 200 });
    } catch (e) {
      const safe = toSafeError(e, { requestId, method: request.method, path });
      response = NextResponse.json(errorBody(safe), { status: safe.status });
      // RFC 9110: a 401 names the scheme that would work; browsers show no prompt for Bearer.
      if (safe.status === 401) response.headers.set("www-authenticate", 'Bearer realm="BuildingOS"');
    }
    response.headers.set("x-request-id", requestId);
    logger.debug("api", {
      requestId,
      method: request.method,
      path,
      status: response.status,
      ms: Math.round(performance.now() - started),
    });
    // Outside the try on purpose: under test a mismatch rejects the call itself, whatever the test asserts.
    if (config().NODE_ENV === "test") await checkAnswer(op, response);
    return response;
  };
  return Object.assign(handle, { operation: op });
}

/**
 * Under test (NODE_ENV=test, which vitest sets), every answer must be one the operation documents: a success
 * status it lists, with a JSON body its schema accepts, or an error status it implies (errorStatusesOf) with the
 * error body. So each API test also checks the OpenAPI document's outputs. Throws, loudly, on a mismatch.
 */
export async function checkAnswer(op: ApiOperation, response: Response): Promise<void> {
  const where = `${op.method.toUpperCase()} ${op.path} (${op.id}) answered ${response.status}`;
  const isJson = (response.headers.get("content-type") ?? "").includes("json");
  const documented = op.responses[response.status];
  if (!documented && response.status < 400) throw new Error(`${where}, a status it does not document`);
  const schema = documented ? documented.schema : errorBodySchema;
  if (!documented && !errorStatusesOf(op).includes(response.status)) {
    throw new Error(`${where}, an error status it does not document (add it to the op's \`errors\`)`);
  }
  if (!isJson || !schema) return;
  const parsed = schema.safeParse(await response.clone().json());
  if (!parsed.success) {
    throw new Error(`${where} with a body its documented schema refuses:\n${z.prettifyError(parsed.error)}`);
  }
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
