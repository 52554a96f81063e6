import "server-only";
import { AppError } from "@/lib/errors";
import { addToRateWindow, clearRateWindow, readRateWindow } from "../db/rate-windows";

/**
 * Sign-in throttling: failed attempts are counted per account and per client address. Once either limit is
 * reached, further attempts are refused with 429 until the window passes, even with the right password.
 * Counted in the table (server/db/rate-windows.ts), so every app instance sees the same failures.
 */
const ACCOUNT_FAILURES = 5;
const CLIENT_FAILURES = 20;
const WINDOW_MS = 15 * 60_000;
const ACCOUNT = "signin-account";
const CLIENT = "signin-client";

const accountKey = (email: string) => email.trim().toLowerCase();

async function remaining(scope: string, key: string, max: number) {
  const now = Date.now();
  const w = await readRateWindow(scope, key, now);
  return { blocked: w !== null && w.count >= max, retryMs: w ? w.resetsAt - now : 0 };
}

/** Minutes until the account and the client may try again; 0 when they may now. */
export async function minutesUntilAllowed(email: string, client: string): Promise<number> {
  const [a, c] = await Promise.all([
    remaining(ACCOUNT, accountKey(email), ACCOUNT_FAILURES),
    remaining(CLIENT, client, CLIENT_FAILURES),
  ]);
  if (!a.blocked && !c.blocked) return 0;
  return Math.max(1, Math.ceil(Math.max(a.blocked ? a.retryMs : 0, c.blocked ? c.retryMs : 0) / 60_000));
}

/** Throws a 429 AppError when the account or the client has failed too often (English: for API clients). */
export async function assertSignInAllowed(email: string, client: string): Promise<void> {
  const minutes = await minutesUntilAllowed(email, client);
  if (minutes > 0) {
    throw new AppError(
      "rate_limited",
      `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    );
  }
}

export async function recordSignInFailure(email: string, client: string): Promise<void> {
  await Promise.all([
    addToRateWindow({ scope: ACCOUNT, key: accountKey(email), windowMs: WINDOW_MS }),
    addToRateWindow({ scope: CLIENT, key: client, windowMs: WINDOW_MS }),
  ]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await clearRateWindow(ACCOUNT, accountKey(email));
}

/** The client address as the proxy in front reports it; "unknown" groups clients we cannot tell apart. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
