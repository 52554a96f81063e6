import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { assertSignInAllowed, clearSignInFailures, clientAddress, recordSignInFailure } from "./rate-limit";

const uniq = () => `user-${Math.random().toString(36).slice(2)}@example.com`;

describe("sign-in throttling", () => {
  it("blocks an account after 5 failures, with a 429 and a retry time", async () => {
    const email = uniq();
    for (let i = 0; i < 5; i++) {
      await assertSignInAllowed(email, `client-${i}`);
      await recordSignInFailure(email, `client-${i}`);
    }
    const err = await assertSignInAllowed(email, "fresh-client").catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.status).toBe(429);
    expect(err.message).toMatch(/Try again in \d+ minute/);
  });

  it("is case-insensitive on the account and cleared by a success", async () => {
    const email = uniq();
    for (let i = 0; i < 4; i++) await recordSignInFailure(email.toUpperCase(), "c");
    await clearSignInFailures(email);
    await recordSignInFailure(email, "c");
    await expect(assertSignInAllowed(email, "c2")).resolves.toBeUndefined();
  });

  it("blocks one client that tries many accounts", async () => {
    const client = `10.0.0.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 20; i++) await recordSignInFailure(uniq(), client);
    await expect(assertSignInAllowed(uniq(), client)).rejects.toMatchObject({ code: "rate_limited" });
  });

  it("reads the first forwarded address", () => {
    expect(clientAddress(new Headers({ "x-forwarded-for": "203.0.113.9, 10.0.0.1" }))).toBe("203.0.113.9");
    expect(clientAddress(new Headers())).toBe("unknown");
  });
});
