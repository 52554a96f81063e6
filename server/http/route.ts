import "server-only";
import { NextResponse } from "next/server";
import type { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Capability } from "@/lib/permissions";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { parseInput } from "@/lib/validation";
import { requireActor } from "../auth/actor";
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
      const actor = await requireActor(request);
      if (opts.capability) authorize(actor, opts.capability);
      const params = opts.params ? parseInput(opts.params, await ctx.params) : undefined;
      const query = opts.query
        ? parseInput(opts.query, Object.fromEntries(new URL(request.url).searchParams))
        : undefined;
      const body = opts.body ? parseInput(opts.body, await readJson(request)) : undefined;
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

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
