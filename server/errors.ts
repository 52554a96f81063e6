import "server-only";
import { AppError, type ErrorBody, type ErrorCode, type FieldErrors } from "@/lib/errors";
import { logger } from "./logger";

export type SafeError = { code: ErrorCode; message: string; fields?: FieldErrors; status: number };

/**
 * Turns anything thrown into what may be shown to a person. AppErrors keep their code and message;
 * everything else is logged with its stack here and becomes a generic message (never `e.message`).
 */
export function toSafeError(e: unknown, context: Record<string, unknown> = {}): SafeError {
  if (e instanceof AppError) {
    return { code: e.code, message: e.message, fields: e.fields, status: e.status };
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

export function errorBody(err: SafeError): ErrorBody {
  return { error: { code: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) } };
}

function describeError(e: unknown) {
  return e instanceof Error ? { name: e.name, message: e.message, stack: e.stack } : { value: String(e) };
}

function isDependencyDown(e: unknown): boolean {
  const code = (e as { code?: string })?.code;
  const name = (e as { name?: string })?.name;
  return (
    code === "ECONNREFUSED" ||
    code === "ETIMEDOUT" ||
    name === "TimeoutError" ||
    (e instanceof Error && /ECONNREFUSED|socket hang up/.test(e.message))
  );
}
