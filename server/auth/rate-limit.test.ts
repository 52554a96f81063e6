import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { readBackoff, readRateWindow } from "../db/rate-windows";
import {
  assertSignInAllowed,
  clientAddress,
  reserveInvitationAttempt,
  reserveSignInAttempt,
  signInSucceeded,
  signInWait,
} from "./rate-limit";

const uniq = () => `user-${Math.random().toString(36).slice(2)}@example.com`;
const uniqClient = () =>
  `203.0.113.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2)}`;
const refusal = (p: Promise<unknown>) => p.then(() => null).catch((e) => e as AppError);

describe("sign-in throttling: per account, a progressive delay (never a lock)", () => {
  it("lets 5 attempts through, then makes each wait 1 s, 2 s, 4 s… after the previous one, capped at 30 s", async () => {
    const email = uniq();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(email, uniqClient(), t0);
    const err = await refusal(reserveSignInAttempt(email, uniqClient(), t0));
    expect(err).toBeInstanceOf(AppError);
    expect(err?.status).toBe(429);
    expect(err?.message).toBe("Too many failed attempts for this account. Try again in 1 second.");
    expect(await signInWait(email, uniqClient(), t0)).toEqual({ seconds: 1 });

    // each attempt at the earliest moment allowed; the next one must wait twice as long, up to 30 s
    let t = t0 + 1_000;
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await reserveSignInAttempt(email, uniqClient(), t);
      const wait = (await readBackoff("signin-account-backoff", email, t))?.nextAt ?? 0;
      waits.push(wait - t);
      expect(await refusal(reserveSignInAttempt(email, uniqClient(), wait - 1))).toBeInstanceOf(AppError);
      t = wait;
    }
    expect(waits).toEqual([2_000, 4_000, 8_000, 16_000, 30_000, 30_000, 30_000, 30_000]);
  });

  it("is case-insensitive on the account and forgotten after a success", async () => {
    const email = uniq();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(email.toUpperCase(), "c", t0);
    expect(await signInWait(email, "c", t0)).toEqual({ seconds: 1 });
    await signInSucceeded(email, "c");
    expect(await signInWait(email, "c", t0)).toBeNull();
    await expect(reserveSignInAttempt(email, "c2", t0)).resolves.toBeUndefined();
  });

  it("lets only 5 of 20 parallel attempts on one account through: the reservation is one conditional write", async () => {
    const email = uniq();
    const t0 = Date.now();
    const out = await Promise.all(
      Array.from({ length: 20 }, (_, i) => refusal(reserveSignInAttempt(email, `10.9.9.${i}`, t0))),
    );
    expect(out.filter((e) => e === null)).toHaveLength(5);
    expect(out.filter((e) => e?.code === "rate_limited")).toHaveLength(15);
    expect((await readBackoff("signin-account-backoff", email, t0))?.count).toBe(5);
  });
});

describe("sign-in throttling: per client address, a hard limit", () => {
  it("refuses one client that tries many accounts after 20 checks, for minutes", async () => {
    const client = uniqClient();
    for (let i = 0; i < 20; i++) await reserveSignInAttempt(uniq(), client);
    const err = await refusal(reserveSignInAttempt(uniq(), client));
    expect(err?.code).toBe("rate_limited");
    expect(err?.message).toMatch(/Try again in 15 minutes/);
    await expect(assertSignInAllowed(uniq(), client)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("holds under 30 parallel attempts from one client", async () => {
    const client = uniqClient();
    const out = await Promise.all(
      Array.from({ length: 30 }, () => refusal(reserveSignInAttempt(uniq(), client))),
    );
    expect(out.filter((e) => e === null)).toHaveLength(20);
  });

  it("gives the point back for a right password, and for an attempt the account's delay refused", async () => {
    const client = uniqClient();
    const email = uniq();
    const t0 = Date.now();
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(email, client, t0);
    await refusal(reserveSignInAttempt(email, client, t0)); // refused by the delay, before any password check
    expect((await readRateWindow("signin-client", client, t0))?.count).toBe(5);
    await signInSucceeded(email, client);
    expect((await readRateWindow("signin-client", client, t0))?.count).toBe(4);
  });

  it("does not let a client refund its guesses by signing in to its own account in between", async () => {
    const client = uniqClient();
    const t0 = Date.now();
    let guesses = 0;
    for (; guesses < 50; guesses++) {
      // a guess on someone else's account (fails), then a right password on one's own
      if (await refusal(reserveSignInAttempt(uniq(), client, t0))) break;
      if (await refusal(reserveSignInAttempt("me@example.com", client, t0))) break;
      await signInSucceeded("me@example.com", client);
    }
    expect(guesses).toBe(19); // the 20th guess went through; the own sign-in after it was refused
    expect((await readRateWindow("signin-client", client, t0))?.count).toBe(20);
  });
});

describe("the client address", () => {
  it("is the entry the load balancer appended (right-most), whatever the client put on the left", () => {
    const alb = (xff: string) => clientAddress(new Headers({ "x-forwarded-for": xff }), 1);
    expect(alb("198.51.100.7")).toBe("198.51.100.7");
    expect(alb("203.0.113.9, 198.51.100.7")).toBe("198.51.100.7");
    // a spoofed left-most value does not change the key
    expect(alb("1.2.3.4, 198.51.100.7")).toBe(alb("5.6.7.8, 9.9.9.9, 198.51.100.7"));
    expect(clientAddress(new Headers({ "x-real-ip": "1.2.3.4" }), 1)).toBe("unknown");
  });

  it("skips as many entries as there are trusted proxies (TRUSTED_PROXY_HOPS)", () => {
    const xff = new Headers({ "x-forwarded-for": "6.6.6.6, 198.51.100.7, 130.176.0.1" });
    expect(clientAddress(xff, 2)).toBe("198.51.100.7");
    expect(clientAddress(new Headers({ "x-forwarded-for": "198.51.100.7" }), 2)).toBe("198.51.100.7");
  });
});

describe("invitation acceptance", () => {
  it("allows 10 submissions per client address per window", async () => {
    const client = uniqClient();
    for (let i = 0; i < 10; i++) await reserveInvitationAttempt(client);
    await expect(reserveInvitationAttempt(client)).rejects.toMatchObject({ code: "rate_limited" });
    await expect(reserveInvitationAttempt(uniqClient())).resolves.toBeUndefined();
  });
});
