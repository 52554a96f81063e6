/**
 * One error type for the whole app. Services throw AppError; the action and route wrappers turn it into
 * `{ ok: false, code, message, fields? }` or an HTTP error body. Anything that is not an AppError is logged
 * with detail on the server and shown to people as a generic "internal" message.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  unavailable: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: FieldErrors;
  readonly details?: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    opts: { fields?: FieldErrors; details?: Record<string, unknown> } = {},
  ) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fields = opts.fields;
    this.details = opts.details;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

export const notFound = (what: string) => new AppError("not_found", `${what} was not found.`);
export const forbidden = (message = "You are not allowed to do that.") => new AppError("forbidden", message);
export const unauthenticated = () => new AppError("unauthenticated", "Please sign in first.");
export const conflict = (message: string, details?: Record<string, unknown>) =>
  new AppError("conflict", message, { details });

export type ErrorBody = { error: { code: ErrorCode; message: string; fields?: FieldErrors } };
export type Result<T> =
  | { ok: true; data: T }
  | { ok: false; code: ErrorCode; message: string; fields?: FieldErrors };
