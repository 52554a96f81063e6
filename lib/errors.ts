/**
 * One error type for the whole app. Services throw AppError; the action and route wrappers turn it into
 * `{ ok: false, code, message, fields?, details? }` or an HTTP error body. Anything that is not an AppError is logged
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

/** Why a request was refused, when the code alone does not say: the client words each one (messages/<lang>/errors.json). */
export const ERROR_REASONS = [
  "last_manager",
  "signin_address",
  "signin_account",
  // amenity bookings (issue 18): why a slot was refused
  "amenity_full",
  "amenity_already_booked",
  "amenity_weekly_limit",
  "amenity_off_grid",
  "amenity_closed",
  "amenity_too_long",
  "amenity_in_the_past",
  "amenity_too_far_ahead",
  "amenity_not_bookable",
  // early check-in / late check-out requests (issue 17)
  "stay_time_not_offered",
  "stay_time_out_of_range",
  "stay_time_overlap",
  "stay_time_too_late",
  "stay_time_request_open",
  "stay_time_decided",
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];

/**
 * What a failure tells the client beyond its code, so a page can word it without reading the English `message`:
 * the nights already taken (YYYY-MM-DD), unit numbers already in use, a reason, and how long to wait. Only these
 * keys ever leave the server (`safeDetails`); anything else an AppError carries stays in the logs.
 */
export type ErrorDetails = {
  dates?: string[];
  numbers?: string[];
  reason?: ErrorReason;
  retryAfterSeconds?: number;
};

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

/** The allow-listed part of an AppError's details, or undefined when nothing is left. */
export function safeDetails(details: Record<string, unknown> | undefined): ErrorDetails | undefined {
  if (!details) return undefined;
  const out: ErrorDetails = {};
  if (isStrings(details.dates)) out.dates = details.dates;
  if (isStrings(details.numbers)) out.numbers = details.numbers;
  if (ERROR_REASONS.includes(details.reason as ErrorReason)) out.reason = details.reason as ErrorReason;
  const wait = details.retryAfterSeconds;
  if (typeof wait === "number" && Number.isFinite(wait) && wait >= 0) out.retryAfterSeconds = Math.ceil(wait);
  return Object.keys(out).length ? out : undefined;
}

export type ErrorBody = {
  error: { code: ErrorCode; message: string; fields?: FieldErrors; details?: ErrorDetails };
};
/** A failed action: `message` is English (it also serves API clients); pages word it from code and details. */
export type Failure = {
  ok: false;
  code: ErrorCode;
  message: string;
  fields?: FieldErrors;
  details?: ErrorDetails;
};
export type Result<T> = { ok: true; data: T } | Failure;

export const isErrorCode = (v: unknown): v is ErrorCode =>
  typeof v === "string" && Object.hasOwn(ERROR_STATUS, v);
