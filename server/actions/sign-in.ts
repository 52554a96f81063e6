"use server";

import { headers } from "next/headers";
import { AuthError, type CredentialsSignin } from "next-auth";
import { getTranslations } from "next-intl/server";
import { safeCallbackPath, signInSchema } from "@/lib/auth-schemas";
import { AppError } from "@/lib/errors";
import { signIn } from "../auth/auth";
import { clientAddress, minutesUntilAllowed } from "../auth/rate-limit";
import { publicFormAction } from "./action";

/**
 * The login form's action. On success Auth.js sets the cookie and redirects to the role's home via "/".
 * Every message is in the visitor's language; the field errors name the field, the alert the reason.
 */
export const signInAction = publicFormAction(signInSchema, async function signInWithPassword(input) {
  const t = await getTranslations("auth.errors");
  const client = clientAddress(await headers());
  const throttled = async () => {
    const minutes = await minutesUntilAllowed(input.email, client);
    if (minutes > 0) throw new AppError("rate_limited", t("rateLimited", { minutes }));
  };
  await throttled();
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(input.callbackUrl) ?? "/",
    });
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const code = (e as CredentialsSignin).code;
    if (code === "rate_limited") await throttled();
    if (code === "account_disabled") throw new AppError("forbidden", t("inactive"));
    throw new AppError("unauthenticated", t("badCredentials"), { fields: { password: [t("checkFields")] } });
  }
  return null;
});
