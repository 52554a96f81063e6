import "server-only";
import { z } from "zod";
import { ERROR_REASONS, ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import type { ApiOperation } from "./registry";

/** The allow-listed `details` of a failure (lib/errors `ErrorDetails`, `safeDetails`). */
export const errorDetailsSchema = z
  .object({
    dates: z
      .array(z.iso.date())
      .optional()
      .describe("409 on a reservation or calendar import: the nights (YYYY-MM-DD) already taken."),
    numbers: z.array(z.string()).optional().describe("409: the unit numbers already in use."),
    reason: z
      .enum(ERROR_REASONS)
      .optional()
      .describe(
        "Why, when the code alone does not say: `last_manager` (a building keeps one active manager), `signin_address` / `signin_account` (too many sign-in attempts from this address or for this account).",
      ),
    retryAfterSeconds: z.int().min(0).optional().describe("429: how long to wait before trying again."),
  })
  .describe("Structure a client can act on without reading `message`; only these keys are ever sent.");

/** `{ error: { code, message, fields?, details? } }`: what every failure of an `/api/v1` route looks like (lib/errors). */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]]),
    message: z.string().describe("Safe to show to a person; never a stack trace."),
    fields: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .describe("422 only: each bad field (dotted path) with its messages."),
    details: errorDetailsSchema.optional(),
  }),
});

type Described = { name: string; code: ErrorCode; description: string };

/** One reusable response per status, named so operations can `$ref` them. */
export const ERROR_RESPONSES: Record<number, Described> = {
  400: {
    name: "BadRequest",
    code: "bad_request",
    description: "The body is not valid JSON, or the `cursor` is not one this API gave.",
  },
  401: {
    name: "Unauthenticated",
    code: "unauthenticated",
    description: "No session and no API token, or the token is unknown, revoked or expired.",
  },
  403: { name: "Forbidden", code: "forbidden", description: "The caller's role or token may not do this." },
  404: {
    name: "NotFound",
    code: "not_found",
    description: "Not found in the caller's building (another building's items are reported as not found).",
  },
  409: {
    name: "Conflict",
    code: "conflict",
    description: "Conflicts with the current state (e.g. overlap).",
  },
  413: {
    name: "PayloadTooLarge",
    code: "payload_too_large",
    description: "The request body is larger than 256 KB.",
  },
  415: {
    name: "UnsupportedMediaType",
    code: "unsupported_media_type",
    description: "Signed in by cookie, the body must be sent as `Content-Type: application/json`.",
  },
  422: {
    name: "ValidationFailed",
    code: "validation",
    description: "Input failed validation; see `fields`.",
  },
  429: { name: "RateLimited", code: "rate_limited", description: "Too many attempts; retry later." },
  500: {
    name: "InternalError",
    code: "internal",
    description: "Unexpected failure; details are only logged.",
  },
  503: {
    name: "Unavailable",
    code: "unavailable",
    description: "A dependency (database, storage, broker) is down; retry shortly.",
  },
};

/**
 * The error statuses of an operation, inferred the way the wrapper behaves: resolving the actor reads the
 * table (401, 503), a capability and a cookie session's origin are checked (403), input is parsed (422; malformed JSON 400), a path id is
 * looked up (404), a `cursor` is decoded (400), a body is read (413 too large, 415 not JSON from a cookie session). Anything else the
 * operation names itself. Every operation may fail with 500.
 */
export function errorStatusesOf(op: ApiOperation): number[] {
  const s = new Set<number>(op.errors ?? []);
  // 403 also without a capability: a cookie session's request from another site is refused (route.ts)
  if (op.auth !== "public") s.add(401).add(403).add(503);
  if (op.params || op.query || op.body) s.add(422);
  if (op.body) s.add(400).add(413).add(415);
  if (pagesByCursor(op)) s.add(400);
  if (op.params) s.add(404);
  s.add(500);
  return [...s].sort((a, b) => a - b);
}

/** A list read by `?cursor=`: a cursor this API did not give is a 400 (server/db/cursor.ts). */
const pagesByCursor = (op: ApiOperation) =>
  Object.hasOwn((op.query as { shape?: object } | undefined)?.shape ?? {}, "cursor");

export const errorResponseRef = (status: number) => {
  const d = ERROR_RESPONSES[status];
  if (!d) throw new Error(`No documented error response for status ${status}`);
  return { $ref: `#/components/responses/${d.name}` };
};

export function errorResponseComponents() {
  return Object.fromEntries(
    Object.values(ERROR_RESPONSES).map((d) => [
      d.name,
      {
        description: d.description,
        content: {
          "application/json": {
            schema: { $ref: "#/components/schemas/Error" },
            example: { error: { code: d.code, message: d.description } },
          },
        },
      },
    ]),
  );
}
