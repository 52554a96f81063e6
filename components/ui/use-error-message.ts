"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { ErrorCode, ErrorDetails } from "@/lib/errors";
import { asDay, DAY_FORMAT } from "@/lib/format";

/** The forms whose wording of some codes is their own (`errors.contexts.<context>` in messages/<lang>/errors.json). */
export type ErrorContext = "ticket" | "stay" | "device" | "account" | "signIn" | "person" | "chat";
/** What the hook needs of a failed Result (the English `message` is deliberately not part of it). */
export type FailedResult = { code: ErrorCode; details?: ErrorDetails };
export type ErrorOverrides = Partial<Record<ErrorCode, string>>;

type Translate = ((key: string, values?: Record<string, string | number>) => string) & {
  has: (key: string) => boolean;
};
type Format = {
  list: (items: string[]) => string;
  dateTime: (d: Date, f: typeof DAY_FORMAT) => string;
};

/**
 * A failed Result in the person's language, from its code and details only (the server's message is English: it
 * also serves the JSON API). In order: the form's own override for the code; the reason in details (last manager,
 * a sign-in limit with its wait, any other reason's sentence); the nights already taken on a booking conflict; the form's context wording;
 * the code's general sentence.
 */
export function errorMessage(
  t: Translate,
  format: Format,
  failed: FailedResult,
  context?: ErrorContext,
  overrides: ErrorOverrides = {},
): string {
  const { code, details } = failed;
  const own = overrides[code];
  if (own) return own;
  const wait = Math.max(1, details?.retryAfterSeconds ?? 1);
  switch (details?.reason) {
    case "last_manager":
      return t("reasons.last_manager");
    case "signin_address":
      return t("reasons.signin_address", { minutes: Math.ceil(wait / 60) });
    case "signin_account":
      return t("reasons.signin_account", { seconds: wait });
  }
  // every other reason is a plain sentence of its own (an amenity slot full, a weekly limit reached…)
  if (details?.reason && t.has(`reasons.${details.reason}`)) return t(`reasons.${details.reason}`);
  if (code === "conflict" && details?.dates?.length) {
    return t("nightsTaken", {
      dates: format.list(details.dates.map((d) => format.dateTime(asDay(d), DAY_FORMAT))),
    });
  }
  if (context && t.has(`contexts.${context}.${code}`)) return t(`contexts.${context}.${code}`);
  return t(`codes.${code}`);
}

/**
 * The one way a page words a failed action: `const errorText = useErrorMessage("stay")`, then
 * `errorText(result)`. `overrides` replace the sentence for specific codes in this form only.
 */
export function useErrorMessage(context?: ErrorContext, overrides?: ErrorOverrides) {
  const t = useTranslations("errors") as unknown as Translate;
  const format = useFormatter() as unknown as Format;
  return (failed: FailedResult) => errorMessage(t, format, failed, context, overrides);
}
