"use server";

import { headers } from "next/headers";
import { AuthError, type CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath, signInSchema } from "@/lib/auth-schemas";
import { AppError } from "@/lib/errors";
import { signIn } from "../auth/auth";
import { clientAddress, signInWait } from "../auth/rate-limit";
import { publicFormAction } from "./action";

/**
 * The login form's action. On success Auth.js sets the cookie and redirects to the role's home via "/".
 * Every message is in the visitor's language; the field errors name the field, the alert the reason.
 * The limits themselves are enforced in authenticate(); this only reads the wait to tell the visitor.
 */
export const signInAction = publicFormAction(signInSchema, async function signInWithPassword(input) {
  const t = await getTranslations("auth.errors");
  const client = clientAddress(await headers());
  const throttled = async (refused: boolean) => {
    const wait = await signInWait(input.email, client);
    // refused but the wait is already over by now: still say a second rather than nothing
    if (!wait && !refused) return;
    if (wait && "minutes" in wait)
      throw new AppError("rate_limited", t("rateLimited", { minutes: wait.minutes }));
    throw new AppError("rate_limited", t("tooSoon", { seconds: wait?.seconds ?? 1 }));
  };
  await throttled(false);
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(input.callbackUrl) ?? "/",
    });
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const code = (e as CredentialsSignin).code;
    if (code === "rate_limited") await throttled(true);
    if (code === "account_disabled") throw new AppError("forbidden", t("inactive"));
    const cause = (e.cause as { err?: unknown } | undefined)?.err;
    if (cause instanceof AppError && cause.code === "unavailable")
      throw new AppError("unavailable", t("busy"));
    throw new AppError("unauthenticated", t("badCredentials"), { fields: { password: [t("checkFields")] } });
  }
  return null;
});
