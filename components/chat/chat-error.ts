import { type ErrorCode, isErrorCode } from "@/lib/errors";

/**
 * The error code of a failed chat turn, from structure only: the stream's error part carries the bare code
 * (server/ai/turn.ts), a refused request carries the route's JSON error body, and a fetch that never reached
 * the server is a TypeError. Anything else is `internal`.
 */
export function chatErrorCode(error: Error): ErrorCode {
  if (error instanceof TypeError) return "unavailable";
  if (isErrorCode(error.message)) return error.message;
  try {
    const code = (JSON.parse(error.message) as { error?: { code?: unknown } } | null)?.error?.code;
    if (isErrorCode(code)) return code;
  } catch {
    // not JSON: nothing structured to read
  }
  return "internal";
}
