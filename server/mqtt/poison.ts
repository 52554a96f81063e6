import "server-only";
import { createHash } from "node:crypto";
import { ZodError } from "zod";
import type { JsonBoundViolation } from "@/lib/domain/bounded-json";
import { AppError } from "@/lib/errors";
import { isDependencyDown } from "../errors";
import { logger } from "../logger";
import type { MqttMetrics } from "./metrics";

/**
 * What handling a device message can fail with, as far as the broker is concerned:
 * - `permanent`: the message itself cannot be stored (a value DynamoDB or its marshaller refuses, an item too
 *   large, a validation error). Delivering it again gives the same error: acknowledge it and drop it, counted.
 * - `transient`: our side is unable for now (throttling, the database or the network down, a missing table or
 *   permission). Leave it unacknowledged: the broker delivers it again and it will be stored then.
 * - `unknown`: anything else. Treated as transient, but a message that keeps failing is given up after
 *   MAX_DELIVERIES (see DeliveryAttempts), so nothing is redelivered forever.
 */
export type ErrorClass = "permanent" | "transient" | "unknown";

const TRANSIENT_NAMES = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "LimitExceededException",
  "InternalServerError",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "TransactionConflictException",
  "TransactionInProgressException",
  "RequestTimeout",
  "RequestTimeoutException",
  "TimeoutError",
  // our side, not the message's: fixing the deployment (table, credentials, permissions) fixes them
  "ResourceNotFoundException",
  "AccessDeniedException",
  "UnrecognizedClientException",
  "ExpiredTokenException",
  "InvalidSignatureException",
  "CredentialsProviderError",
]);
const PERMANENT_NAMES = new Set([
  "ValidationException",
  "SerializationException",
  "ItemCollectionSizeLimitExceededException",
]);
/** TransactionCanceledException reasons (server/db/write.ts TransactionRefused.reasons) */
const TRANSIENT_REASONS = new Set([
  "ThrottlingError",
  "ProvisionedThroughputExceeded",
  "TransactionConflict",
]);
/** util-dynamodb's marshaller throws plain Errors: a value it will not convert (nothing on the wire yet) */
const MARSHALL_MESSAGE =
  /MAX_SAFE_INTEGER|Special numeric value|Unsupported type passed|removeUndefinedValues|NumberValue|non-empty set|Only Number Set/;

export function classifyError(e: unknown, depth = 0): ErrorClass {
  if (!(e instanceof Error)) return "unknown";
  if (e instanceof ZodError || e instanceof RangeError) return "permanent";
  if (e instanceof AppError) return e.code === "unavailable" ? "transient" : "permanent";
  const x = e as Error & {
    code?: unknown;
    reasons?: unknown;
    $retryable?: unknown;
    $fault?: unknown;
    $metadata?: { httpStatusCode?: number };
    cause?: unknown;
  };
  if (PERMANENT_NAMES.has(x.name)) return "permanent";
  if (TRANSIENT_NAMES.has(x.name) || x.$retryable) return "transient";
  if (Array.isArray(x.reasons)) {
    const reasons = x.reasons as string[];
    if (reasons.includes("ValidationError")) return "permanent";
    if (reasons.some((r) => TRANSIENT_REASONS.has(r))) return "transient";
  }
  // network failures, timeouts and 5xx answers: the same test that makes requests answer 503
  if (isDependencyDown(e) || x.$fault === "server" || x.$metadata?.httpStatusCode === 429) return "transient";
  if (x.name === "Error" && MARSHALL_MESSAGE.test(x.message)) return "permanent";
  if (x.cause && depth < 4) return classifyError(x.cause, depth + 1);
  return "unknown";
}

export type PoisonReason = JsonBoundViolation | "unstorable" | "retries_exhausted";

/** How many times one message may fail with an `unknown` error before it is given up (acknowledged, counted). */
export const MAX_DELIVERIES = 5;

/**
 * Deliveries of the messages that failed with an `unknown` error, per message (topic + payload digest), in
 * memory, bounded: the oldest entries go first. A process restart forgets them, which only means a few more
 * deliveries before giving up.
 */
export class DeliveryAttempts {
  private readonly seen = new Map<string, number>();
  constructor(private readonly max = 10_000) {}

  static key(topic: string, payload: Buffer): string {
    return `${topic}\n${createHash("sha256").update(payload).digest("base64url")}`;
  }

  /** Counts one more failed delivery; true when the message has now failed MAX_DELIVERIES times. */
  failed(key: string): boolean {
    const n = (this.seen.get(key) ?? 0) + 1;
    this.seen.delete(key);
    if (n >= MAX_DELIVERIES) return true;
    this.seen.set(key, n);
    if (this.seen.size > this.max) this.seen.delete(this.seen.keys().next().value as string);
    return false;
  }

  forget(key: string): void {
    this.seen.delete(key);
  }

  get size(): number {
    return this.seen.size;
  }
}

const LOG_WINDOW_MS = 10_000;
const LOGS_PER_WINDOW = 20;
const PREFIX_BYTES = 48;

/**
 * Counts a message that is acknowledged and dropped (metrics.poison) and logs it: topic (truncated), building,
 * device, reason and only a short prefix of the payload. At most LOGS_PER_WINDOW lines per 10 s, then one line
 * saying how many were not logged, so a device sending thousands cannot flood the log.
 */
export class PoisonLog {
  private windowStart = 0;
  private logged = 0;
  private suppressed = 0;

  constructor(private readonly metrics: MqttMetrics) {}

  record(
    what: { topic: string; buildingId?: string; deviceId?: string; payload?: Buffer },
    reason: PoisonReason,
    error?: unknown,
  ): void {
    this.metrics.poison++;
    const now = Date.now();
    if (now - this.windowStart >= LOG_WINDOW_MS) {
      if (this.suppressed > 0)
        logger.warn("mqtt poison messages not logged", { count: this.suppressed, windowMs: LOG_WINDOW_MS });
      this.windowStart = now;
      this.logged = 0;
      this.suppressed = 0;
    }
    if (this.logged >= LOGS_PER_WINDOW) {
      this.suppressed++;
      return;
    }
    this.logged++;
    logger.warn("mqtt message dropped: it cannot be stored", {
      topic: what.topic.slice(0, 200),
      buildingId: what.buildingId,
      deviceId: what.deviceId,
      reason,
      bytes: what.payload?.length,
      prefix: what.payload?.subarray(0, PREFIX_BYTES).toString("utf8"),
      ...(error ? { error: String(error).slice(0, 200) } : {}),
    });
  }
}
