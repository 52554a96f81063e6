import "server-only";
import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from "node:crypto";
import { AppError } from "@/lib/errors";
import { config } from "../config";

/**
 * Passwords are hashed with scrypt (memory-hard, in Node's own crypto: no native add-on to build).
 * Stored as `scrypt$N$r$p$salt$hash`: the cost travels with each hash, so raising it leaves old hashes verifiable,
 * and `needsRehash` tells sign-in to upgrade them (authenticate.ts).
 * N=2^17, r=8, p=1 is OWASP's current scrypt minimum: 128 MiB and roughly 0.3-0.7 s per hash on these machines.
 */
const N = 2 ** 17;
const R = 8;
const P = 1;
const KEYLEN = 32;
/** Stored costs above these are refused rather than run (a tampered or foreign hash must not pin the CPU). */
const MAX_N = 2 ** 20;
const MAX_R = 16;
const MAX_P = 4;

/**
 * At most SCRYPT_CONCURRENCY hashes run at once, SCRYPT_QUEUE more wait; past that the caller gets a quick 503
 * "busy" instead of one more 128 MiB job in libuv's 4-thread pool, which the AWS SDK's DNS lookups and fs share.
 */
const limits = () => {
  const c = config();
  return { concurrency: c.SCRYPT_CONCURRENCY, queue: c.SCRYPT_QUEUE };
};

let running = 0;
let started = 0;
const waiting: (() => void)[] = [];

const busy = () =>
  new AppError("unavailable", "The server is busy checking passwords. Try again in a few seconds.");

/** Throws the 503 now when a hash could not even wait its turn: callers skip their own work (sign-in's writes). */
export function assertHashCapacity(): void {
  const { concurrency, queue } = limits();
  if (running >= concurrency && waiting.length >= queue) throw busy();
}

async function gated<T>(work: () => Promise<T>): Promise<T> {
  const { concurrency, queue } = limits();
  if (running >= concurrency) {
    if (waiting.length >= queue) throw busy();
    await new Promise<void>((resolve) => waiting.push(resolve));
  } else {
    running++;
  }
  try {
    started++;
    return await work();
  } finally {
    // hand the slot straight to the next waiter (running stays the same), or free it
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

/** Hashes being computed and waiting right now, and started since the process began (tests, diagnostics). */
export function scryptLoad(): { running: number; waiting: number; started: number } {
  return { running, waiting: waiting.length, started };
}

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return gated(
    () =>
      new Promise((resolve, reject) => {
        scrypt(
          password.normalize("NFKC"),
          salt,
          KEYLEN,
          // scrypt needs 128 * N * r bytes; twice that leaves room for its other buffers
          { ...opts, maxmem: 128 * (opts.N ?? N) * (opts.r ?? R) * 2 },
          (err, key) => (err ? reject(err) : resolve(key)),
        );
      }),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, { N, r: R, p: P });
  return ["scrypt", N, R, P, salt.toString("base64url"), key.toString("base64url")].join("$");
}

type Parsed = { n: number; r: number; p: number; salt: Buffer; hash: Buffer };

function parse(stored: string): Parsed | null {
  const [alg, n, r, p, salt, hash] = stored.split("$");
  if (alg !== "scrypt" || !salt || !hash) return null;
  const cost = { n: Number(n), r: Number(r), p: Number(p) };
  const ok =
    Number.isInteger(cost.n) &&
    cost.n >= 2 &&
    cost.n <= MAX_N &&
    (cost.n & (cost.n - 1)) === 0 &&
    Number.isInteger(cost.r) &&
    cost.r >= 1 &&
    cost.r <= MAX_R &&
    Number.isInteger(cost.p) &&
    cost.p >= 1 &&
    cost.p <= MAX_P;
  return ok ? { ...cost, salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") } : null;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, { N: parsed.n, r: parsed.r, p: parsed.p });
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** True when the stored hash was made with a lower cost than today's: sign-in re-hashes it. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return !parsed || parsed.n < N || parsed.r < R || parsed.p < P;
}

/** Verified against when no account matches, so a wrong email takes as long as a wrong password. */
let dummy: Promise<string> | undefined;
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(12).toString("hex")).catch((e) => {
    dummy = undefined; // a "busy" refusal must not be remembered as the dummy hash
    throw e;
  });
  return dummy;
}
