import { beforeEach, describe, expect, it, vi } from "vitest";
import { authenticate } from "../auth/authenticate";
import { reserveSignInAttempt } from "../auth/rate-limit";
import { acceptInvitationAction } from "./accept-invitation";
import { signInAction } from "./sign-in";

/**
 * The public sign-in and invitation actions as the login and invitation pages call them. Stubbed: the request
 * headers (Next's) and Auth.js's signIn, which
 * here does what the credentials provider does: authenticate(), and a refusal becomes a CredentialsSignin code.
 */
let forwardedFor = "";
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ "x-forwarded-for": forwardedFor }),
}));
// next-auth's entry needs Next's server runtime; its error classes are @auth/core's
vi.mock("next-auth", async () => await import("@auth/core/errors"));
vi.mock("@/server/auth/auth", async () => {
  const { CredentialsSignin } = await import("@auth/core/errors");
  return {
    signIn: vi.fn(async (_p: string, form: { email: string; password: string }) => {
      try {
        const user = await authenticate(
          form.email,
          form.password,
          forwardedFor.split(",").at(-1)?.trim() ?? "",
        );
        if (!user) throw new CredentialsSignin();
      } catch (e) {
        if ((e as { code?: string }).code === "rate_limited") {
          const err = new CredentialsSignin();
          err.code = "rate_limited";
          throw err;
        }
        throw e;
      }
    }),
  };
});

const form = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};
const address = () => `198.51.100.${Math.floor(Math.random() * 250)}`;

beforeEach(() => {
  forwardedFor = `6.6.6.6, ${address()}`;
});

describe("the login form's action", () => {
  it("names the wait in seconds when the account must wait", async () => {
    const email = `waiting-${Math.random().toString(36).slice(2)}@test.example`;
    for (let i = 0; i < 5; i++) await reserveSignInAttempt(email, `192.0.2.${i}`);
    const out = await signInAction(null, form({ email, password: "anything" }));
    expect(out).toMatchObject({ ok: false, code: "rate_limited" });
    expect(!out.ok && out.message).toMatch(
      /^Too many failed attempts for this account\. Try again in [12] seconds?\.$/,
    );
    // the login form words it from details, not from the English message
    expect(!out.ok && out.details).toEqual({
      reason: "signin_account",
      retryAfterSeconds: expect.any(Number),
    });
    expect(!out.ok && out.details?.retryAfterSeconds).toBeOneOf([1, 2]);
  });

  it("names the wait in minutes when the client address is over its limit", async () => {
    const client = address();
    forwardedFor = `1.1.1.1, ${client}`;
    for (let i = 0; i < 20; i++) await reserveSignInAttempt(`x${i}-${Math.random()}@test.example`, client);
    // a spoofed left-most entry does not help
    forwardedFor = `9.9.9.9, ${client}`;
    const out = await signInAction(null, form({ email: "someone@test.example", password: "anything" }));
    expect(!out.ok && out.message).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
    expect(!out.ok && out.details).toEqual({ reason: "signin_address", retryAfterSeconds: 15 * 60 });
  });
});

describe("the invitation page's action", () => {
  it("allows 10 submissions per client address, then refuses with 429 before looking anything up", async () => {
    const submit = () =>
      acceptInvitationAction(
        null,
        form({
          token: "y".repeat(43),
          name: "Mallory",
          password: "correct horse 1",
          confirm: "correct horse 1",
        }),
      );
    for (let i = 0; i < 10; i++) expect(await submit()).toMatchObject({ ok: false, code: "not_found" });
    expect(await submit()).toMatchObject({ ok: false, code: "rate_limited" });
  });
});
