import { createFormatter, createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { ERROR_REASONS, ERROR_STATUS, type ErrorCode } from "@/lib/errors";
import { LOCALES } from "@/lib/i18n";
import { CATALOGS } from "@/messages/catalogs.generated";
import { type ErrorContext, errorMessage } from "./use-error-message";

/** The hook's wording of a failed Result, with the real catalogs: from code and details, never the message. */
const wordsIn = (locale: (typeof LOCALES)[number]) => {
  const t = createTranslator({ locale, messages: CATALOGS[locale], namespace: "errors" });
  const format = createFormatter({ locale, timeZone: "UTC" });
  return (failed: Parameters<typeof errorMessage>[2], context?: ErrorContext, overrides = {}) =>
    errorMessage(t as never, format as never, failed, context, overrides);
};
const en = wordsIn("en");
const CONTEXTS: ErrorContext[] = ["ticket", "stay", "device", "account", "signIn", "person", "chat"];

describe("errorMessage", () => {
  it("words every code, in every context, in every language (no key or fallback leaks through)", () => {
    for (const locale of LOCALES) {
      const words = wordsIn(locale);
      for (const code of Object.keys(ERROR_STATUS) as ErrorCode[]) {
        for (const context of [undefined, ...CONTEXTS]) {
          const text = words({ code }, context);
          expect(text, `${locale} ${context} ${code}`).not.toMatch(/^errors\.|codes\.|contexts\./);
          expect(text.length).toBeGreaterThan(5);
        }
      }
      for (const reason of ERROR_REASONS) {
        expect(words({ code: "conflict", details: { reason, retryAfterSeconds: 90 } })).not.toMatch(
          /reasons\./,
        );
      }
    }
  });

  it("uses the form's context, then the general sentence", () => {
    expect(en({ code: "not_found" }, "ticket")).toBe("This ticket no longer exists or you cannot see it.");
    expect(en({ code: "not_found" })).toBe("This no longer exists or you cannot see it.");
    // the ticket context has no word of its own for forbidden: the general one
    expect(en({ code: "forbidden" }, "ticket")).toBe("You are not allowed to do that.");
  });

  it("lets a form override a code", () => {
    expect(en({ code: "conflict" }, "stay", { conflict: "Changed." })).toBe("Changed.");
    expect(en({ code: "forbidden" }, "stay", { conflict: "Changed." })).toBe(
      "You are not allowed to do that.",
    );
  });

  it("names the nights already taken, formatted for the language", () => {
    const failed = { code: "conflict" as const, details: { dates: ["2035-03-03", "2035-03-04"] } };
    expect(en(failed, "stay")).toBe(
      "These nights are already booked: Sat, Mar 3 and Sun, Mar 4. Choose other dates.",
    );
    expect(wordsIn("es")(failed, "stay")).toMatch(/3 (de )?mar/);
  });

  it("words the sign-in limits from the wait in details", () => {
    const account = { code: "rate_limited" as const, details: { reason: "signin_account" as const } };
    expect(en({ ...account, details: { ...account.details, retryAfterSeconds: 4 } }, "signIn")).toBe(
      "Too many failed attempts for this account. Try again in 4 seconds.",
    );
    expect(en(account, "signIn")).toBe("Too many failed attempts for this account. Try again in 1 second.");
    expect(
      en(
        { code: "rate_limited", details: { reason: "signin_address", retryAfterSeconds: 14 * 60 + 1 } },
        "signIn",
      ),
    ).toBe("Too many failed sign-in attempts. Try again in 15 minutes.");
  });

  it("words any other reason from the one catalog (an amenity slot that is full), not the code's sentence", () => {
    const full = { code: "conflict" as const, details: { reason: "amenity_full" as const } };
    expect(en(full)).toBe("That slot is full. Choose another one.");
    expect(wordsIn("es")(full)).toBe("Esa franja está completa. Elige otra.");
    expect(en({ code: "conflict" })).not.toBe(en(full));
  });

  it("says why the last manager cannot go", () => {
    expect(en({ code: "conflict", details: { reason: "last_manager" } }, "person")).toBe(
      "The building needs at least one active manager.",
    );
    expect(en({ code: "conflict" }, "person")).toBe(
      "This person has not accepted the invitation yet, or already has.",
    );
  });
});
