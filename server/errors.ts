import "server-only";
import {
  AppError,
  type ErrorBody,
  type ErrorCode,
  type ErrorDetails,
  type FieldErrors,
  safeDetails,
} from "@/lib/errors";
import { logger } from "./logger";

export type SafeError = {
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  details?: ErrorDetails;
  status: number;
};

/**
 * Turns anything thrown into what may be shown to a person. AppErrors keep their code, message, fields and the
 * allow-listed part of their details (safeDetails); everything else is logged with its stack here and becomes a generic message (never `e.message`).
 */
export function toSafeError(e: unknown, context: Record<string, unknown> = {}): SafeError {
  if (e instanceof AppError) {
    const details = safeDetails(e.details);
    return {
      code: e.code,
      message: e.message,
      fields: e.fields,
      ...(details ? { details } : {}),
      status: e.status,
    };
  }
  const name = (e as { name?: string })?.name ?? "";
  if (isDependencyDown(e)) {
    logger.error("dependency unavailable", { ...context, error: describeError(e) });
    return {
      code: "unavailable",
      message: "A service BuildingOS depends on is unavailable. Try again shortly.",
      status: 503,
    };
  }
  logger.error("unhandled error", { ...context, errorName: name, error: describeError(e) });
  return {
    code: "internal",
    message: "Something went wrong on our side. Try again; if it persists, tell staff.",
    status: 500,
  };
}

/** The HTTP error body: the allow-listed `details` travel too, so API clients can act on structure like the UI. */
export function errorBody(err: SafeError): ErrorBody {
  return {
    error: {
      code: err.code,
      message: err.message,
      ...(err.fields ? { fields: err.fields } : {}),
      ...(err.details ? { details: err.details } : {}),
    },
  };
}

function describeError(e: unknown) {
  return e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : { value: String(e) };
}

/** Node and undici network failures: the dependency did not answer, or dropped the connection. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "UND_ERR_SOCKET",
  "UND_ERR_CONNECT_TIMEOUT",
]);
/** AWS errors that say "not now" rather than "not this request": throttling and the service's own faults. */
const TRANSIENT_AWS_NAMES = new Set([
  "TimeoutError",
  "RequestTimeout",
  "ServiceUnavailable",
  "InternalServerError",
  "ThrottlingException",
  "ProvisionedThroughputExceededException",
  "RequestLimitExceeded",
]);

/**
 * Whether an error means a dependency (DynamoDB, S3, …) is down or overloaded, so the same request may work in a
 * moment: a network failure (also inside an AggregateError or an error's `cause`), a timeout, throttling, or a
 * 5xx answer from the service. Requests answer it as 503 `unavailable`; the MQTT bridge keeps such messages
 * unacknowledged and tries again.
 */
export function isDependencyDown(e: unknown, depth = 0): boolean {
  if (!e || typeof e !== "object" || depth > 4) return false;
  const err = e as {
    code?: unknown;
    name?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
    $metadata?: { httpStatusCode?: number };
  };
  if (typeof err.code === "string" && NETWORK_CODES.has(err.code)) return true;
  if (typeof err.name === "string" && TRANSIENT_AWS_NAMES.has(err.name)) return true;
  if ((err.$metadata?.httpStatusCode ?? 0) >= 500) return true;
  if (typeof err.message === "string" && /ECONNREFUSED|ECONNRESET|socket hang up/.test(err.message))
    return true;
  if (Array.isArray(err.errors) && err.errors.some((x) => isDependencyDown(x, depth + 1))) return true;
  return isDependencyDown(err.cause, depth + 1);
}
