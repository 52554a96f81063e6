import "server-only";
import { AppError } from "@/lib/errors";
import { config } from "../config";
import {
  addToRateWindow,
  type BackoffRule,
  clearRateWindow,
  readBackoff,
  readRateWindow,
  releaseFromRateWindow,
  takeBackoffPoint,
} from "../db/rate-windows";

/**
 * Sign-in throttling, counted in the table (server/db/rate-windows.ts) so every app instance sees the same counts.
 * Each attempt is reserved with one conditional write BEFORE the password is checked, so parallel guesses cannot
 * all slip under the limit while scrypt runs.
 * - Per client address: a hard limit, CLIENT_ATTEMPTS password checks that failed per 15 minutes (a right password
 *   gives back its own point only, so signing in to one's own account between guesses refunds none of them).
 *   The address is the one the load balancer saw (clientAddress below), not one the client can choose.
 * - Per account: never a lock. The first ACCOUNT_FREE failures pass at once; after that each attempt must wait
 *   1 s, 2 s, 4 s… (capped at 30 s) after the previous one, so an attacker cannot keep the owner out with a few
 *   bad guesses: the right password after the wait still signs in, and clears the count. The count is forgotten
 *   after 15 minutes without an attempt.
 */
const CLIENT_ATTEMPTS = 20;
const CLIENT_WINDOW_MS = 15 * 60_000;
const ACCOUNT_FREE = 5;
export const ACCOUNT_BACKOFF: BackoffRule = {
  free: ACCOUNT_FREE,
  baseMs: 1_000,
  capMs: 30_000,
  quietMs: 15 * 60_000,
};
const ACCOUNT = "signin-account-backoff";
const CLIENT = "signin-client";

const accountKey = (email: string) => email.trim().toLowerCase();

/** What to wait before the next attempt: `seconds` for the account's delay, `minutes` for the client's limit. */
export type SignInWait = { seconds: number } | { minutes: number } | null;

const minutesUntil = (resetsAt: number, now: number) => Math.max(1, Math.ceil((resetsAt - now) / 60_000));
const secondsUntil = (at: number, now: number) => Math.max(1, Math.ceil((at - now) / 1000));

/** The 429s, English for API clients; the wait and which limit also travel as details for the login page to word. */
function clientRefused(minutes: number): AppError {
  return new AppError(
    "rate_limited",
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? "" : "s"}.`,
    { details: { reason: "signin_address", retryAfterSeconds: minutes * 60 } },
  );
}

function accountRefused(seconds: number): AppError {
  return new AppError(
    "rate_limited",
    `Too many failed attempts for this account. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    { details: { reason: "signin_account", retryAfterSeconds: seconds } },
  );
}

/** The refusal for a wait read with signInWait. */
export function signInRefused(wait: NonNullable<SignInWait>): AppError {
  return "minutes" in wait ? clientRefused(wait.minutes) : accountRefused(wait.seconds);
}

/** The wait now in force for this account or client, without counting anything (for messages and pre-checks). */
export async function signInWait(email: string, client: string, now = Date.now()): Promise<SignInWait> {
  const [c, a] = await Promise.all([
    readRateWindow(CLIENT, client, now),
    readBackoff(ACCOUNT, accountKey(email), now),
  ]);
  if (c && c.count >= CLIENT_ATTEMPTS) return { minutes: minutesUntil(c.resetsAt, now) };
  if (a && a.nextAt > now) return { seconds: secondsUntil(a.nextAt, now) };
  return null;
}

/** Throws the 429 AppError (English: for API clients) when an attempt now would be refused. Counts nothing. */
export async function assertSignInAllowed(email: string, client: string): Promise<void> {
  const wait = await signInWait(email, client);
  if (!wait) return;
  throw signInRefused(wait);
}

/**
 * Reserves one password check for this email from this client, or throws 429. Counted as a failure from the
 * start: `signInSucceeded` takes it back when the password turns out right.
 */
export async function reserveSignInAttempt(email: string, client: string, now = Date.now()): Promise<void> {
  const counted = await addToRateWindow({
    scope: CLIENT,
    key: client,
    windowMs: CLIENT_WINDOW_MS,
    max: CLIENT_ATTEMPTS,
    now,
  });
  if (!counted) {
    const w = await readRateWindow(CLIENT, client, now);
    throw clientRefused(minutesUntil(w?.resetsAt ?? now + CLIENT_WINDOW_MS, now));
  }
  const taken = await takeBackoffPoint({
    scope: ACCOUNT,
    key: accountKey(email),
    rule: ACCOUNT_BACKOFF,
    now,
  });
  if (!taken.ok) {
    // refused before any password work: the client's point goes back, only checks that ran count against it
    await releaseSignInAttempt(client, now);
    throw accountRefused(secondsUntil(now + taken.retryMs, now));
  }
}

/** The reserved check did not run after all (refused by the account's delay, or busy): the point goes back. */
export async function releaseSignInAttempt(client: string, now = Date.now()): Promise<void> {
  await releaseFromRateWindow({ scope: CLIENT, key: client, now });
}

/** The password was right: the account's count is forgotten and the client's point given back. */
export async function signInSucceeded(email: string, client: string): Promise<void> {
  await Promise.all([
    clearRateWindow(ACCOUNT, accountKey(email)),
    releaseFromRateWindow({ scope: CLIENT, key: client }),
  ]);
}

/**
 * The public invitation page: INVITE_ATTEMPTS submissions per client address per 15 minutes, counted before any
 * work, whatever the outcome. A real invitee needs one or two; guessing tokens is hopeless anyway (256 bits), this
 * bounds the password hashing a stranger can make the server do.
 */
const INVITE_ATTEMPTS = 10;
export async function reserveInvitationAttempt(client: string, now = Date.now()): Promise<void> {
  const counted = await addToRateWindow({
    scope: "invite-accept-client",
    key: client,
    windowMs: CLIENT_WINDOW_MS,
    max: INVITE_ATTEMPTS,
    now,
  });
  if (!counted) throw new AppError("rate_limited", "Too many attempts from this address. Try again later.");
}

/**
 * How many proxies in front of the app append to X-Forwarded-For: 1 behind the ALB (the default), 2 behind
 * CloudFront + ALB… (TRUSTED_PROXY_HOPS).
 */
export function trustedProxyHops(): number {
  return config().TRUSTED_PROXY_HOPS;
}

/**
 * The client address the load balancer vouches for. Each trusted proxy appends the address it received the
 * connection from, so with `hops` trusted proxies the client is the hops-th entry from the RIGHT; anything to
 * its left was written by the client and can be anything. (Next fills X-Forwarded-For with the socket address
 * when no proxy sent one.) Too few entries: the left-most, which then came from our own proxy.
 */
export function clientAddress(headers: Headers, trusted = trustedProxyHops()): string {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  return chain[Math.max(0, chain.length - trusted)];
}
