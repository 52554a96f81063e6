import "server-only";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AppError } from "@/lib/errors";

/**
 * Sign-in throttling: failed attempts are counted per account and per client address. Once either limit is
 * reached, further attempts are refused with 429 until the window passes, even with the right password.
 * In memory, so per app instance: with N instances an attacker gets N times the budget (see docs/deploy.md).
 */
const ACCOUNT_FAILURES = 5;
const CLIENT_FAILURES = 20;
const WINDOW_SECONDS = 15 * 60;

// Next bundles route handlers and pages (server actions) as separate module graphs in one process; keeping the
// counters on globalThis makes the login page and the Auth.js endpoint share them.
type Limiters = { byAccount: RateLimiterMemory; byClient: RateLimiterMemory };
const store = globalThis as typeof globalThis & { __buildingosSignInLimiters?: Limiters };
store.__buildingosSignInLimiters ??= {
  byAccount: new RateLimiterMemory({
    keyPrefix: "signin-account",
    points: ACCOUNT_FAILURES,
    duration: WINDOW_SECONDS,
  }),
  byClient: new RateLimiterMemory({
    keyPrefix: "signin-client",
    points: CLIENT_FAILURES,
    duration: WINDOW_SECONDS,
  }),
};
const { byAccount, byClient } = store.__buildingosSignInLimiters;

const accountKey = (email: string) => email.trim().toLowerCase();

async function remaining(limiter: RateLimiterMemory, key: string, max: number) {
  const res = await limiter.get(key);
  return { blocked: res !== null && res.consumedPoints >= max, retryMs: res?.msBeforeNext ?? 0 };
}

/** Minutes until the account and the client may try again; 0 when they may now. */
export async function minutesUntilAllowed(email: string, client: string): Promise<number> {
  const [a, c] = await Promise.all([
    remaining(byAccount, accountKey(email), ACCOUNT_FAILURES),
    remaining(byClient, client, CLIENT_FAILURES),
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
  await Promise.all([byAccount.penalty(accountKey(email), 1), byClient.penalty(client, 1)]);
}

export async function clearSignInFailures(email: string): Promise<void> {
  await byAccount.delete(accountKey(email));
}

/** The client address as the proxy in front reports it; "unknown" groups clients we cannot tell apart. */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
