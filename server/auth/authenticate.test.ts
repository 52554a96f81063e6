import { randomBytes, scryptSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import type { AppError } from "@/lib/errors";
import { makeUser, newBuildingId } from "@/test/fixtures";
import { readBackoff, readRateWindow } from "../db/rate-windows";
import { createUser, findUserCredentialsByEmail } from "../db/users";
import { authenticate } from "./authenticate";
import { hashPassword, scryptLoad, verifyPassword } from "./password";
import { reserveSignInAttempt } from "./rate-limit";

const PASSWORD = "correct horse battery";
const buildingId = newBuildingId();
const settle = (p: Promise<unknown>) => p.then((v) => v).catch((e) => e as AppError);

/** The hash format this app wrote before L5: N=2^14 here, so the test stays quick. */
function oldHash(password: string): string {
  const salt = randomBytes(16);
  const key = scryptSync(password.normalize("NFKC"), salt, 32, { N: 2 ** 14, r: 8, p: 1 });
  return ["scrypt", 2 ** 14, 8, 1, salt.toString("base64url"), key.toString("base64url")].join("$");
}

async function person(passwordHash: string) {
  const user = makeUser(buildingId, { passwordHash });
  await createUser({ user });
  return user;
}

describe("authenticate", () => {
  it("runs at most 5 password checks for 20 parallel wrong guesses on one account, from 20 addresses", async () => {
    const user = await person(oldHash(PASSWORD));
    const before = scryptLoad().started;
    const out = await Promise.all(
      Array.from({ length: 20 }, (_, i) => settle(authenticate(user.email, `guess-${i}`, `192.0.2.${i}`))),
    );
    expect(scryptLoad().started - before).toBeLessThanOrEqual(5);
    expect(out.filter((r) => r === null)).toHaveLength(5); // wrong password: checked
    expect(out.filter((r) => (r as AppError)?.code === "rate_limited")).toHaveLength(15); // refused unchecked
  });

  it("lets the owner in with the right password once the delay is over, even after an attacker's 50 failures", {
    timeout: 30_000,
  }, async () => {
    const user = await person(oldHash(PASSWORD));
    // 50 failures from many addresses, each at the earliest moment allowed, the last one 24 s ago (30 s delay)
    const times: number[] = [0];
    for (let i = 1, t = 0; i < 50; i++) {
      t += i < 5 ? 0 : Math.min(30_000, 1_000 * 2 ** (i - 5));
      times.push(t);
    }
    const start = Date.now() - 24_000 - (times.at(-1) ?? 0);
    for (const [i, t] of times.entries()) await reserveSignInAttempt(user.email, `198.18.0.${i}`, start + t);

    const early = await settle(authenticate(user.email, PASSWORD, "203.0.113.50"));
    expect((early as AppError).code).toBe("rate_limited");
    expect((early as AppError).message).toMatch(/Try again in [1-6] seconds?\./);

    const nextAt = (await readBackoff("signin-account-backoff", user.email))?.nextAt ?? 0;
    await new Promise((r) => setTimeout(r, nextAt - Date.now() + 50));
    const session = await authenticate(user.email, PASSWORD, "203.0.113.50");
    expect(session).toMatchObject({ id: user.id, email: user.email });
    // and the failures are forgotten: a typo right after does not wait
    expect(await authenticate(user.email, "typo", "203.0.113.50")).toBeNull();
  });

  it("upgrades an old-cost hash after a successful sign-in; the new hash verifies", {
    timeout: 30_000,
  }, async () => {
    const user = await person(oldHash(PASSWORD));
    expect(await authenticate(user.email, "wrong", "203.0.113.60")).toBeNull();
    expect((await findUserCredentialsByEmail({ email: user.email }))?.passwordHash).toMatch(
      /^scrypt\$16384\$/,
    );

    expect(await authenticate(user.email, PASSWORD, "203.0.113.60")).toMatchObject({ id: user.id });
    const stored = (await findUserCredentialsByEmail({ email: user.email }))?.passwordHash ?? "";
    expect(stored).toMatch(/^scrypt\$131072\$8\$1\$/);
    expect(await verifyPassword(PASSWORD, stored)).toBe(true);
    expect(await authenticate(user.email, PASSWORD, "203.0.113.60")).toMatchObject({ id: user.id });
    expect((await findUserCredentialsByEmail({ email: user.email }))?.passwordHash).toBe(stored); // not again
  });

  it("answers 503 at once, counting nothing, while the password hashing is at capacity", {
    timeout: 60_000,
  }, async () => {
    const user = await person(oldHash(PASSWORD));
    const filler = oldHash("filler");
    // 2 run, 8 wait; authenticate's capacity check runs before its first await, so cheap hashes fill it long enough
    const filling = Array.from({ length: 10 }, () => verifyPassword("filler", filler));
    expect(scryptLoad()).toMatchObject({ running: 2, waiting: 8 });
    const err = await settle(authenticate(user.email, PASSWORD, "203.0.113.62"));
    expect(err).toMatchObject({ code: "unavailable" });
    expect(await readRateWindow("signin-client", "203.0.113.62")).toBeNull();
    expect(await readBackoff("signin-account-backoff", user.email)).toBeNull();
    await Promise.all(filling);
    expect(await authenticate(user.email, PASSWORD, "203.0.113.62")).toMatchObject({ id: user.id });
  });

  it("leaves a current hash alone", { timeout: 30_000 }, async () => {
    const current = await hashPassword(PASSWORD);
    const user = await person(current);
    expect(await authenticate(user.email, PASSWORD, "203.0.113.61")).toMatchObject({ id: user.id });
    expect((await findUserCredentialsByEmail({ email: user.email }))?.passwordHash).toBe(current);
  });
});
