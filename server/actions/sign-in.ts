"use server";

import { headers } from "next/headers";
import { AuthError, type CredentialsSignin } from "next-auth";
import { safeCallbackPath, signInSchema } from "@/lib/auth-schemas";
import { AppError } from "@/lib/errors";
import { signIn } from "../auth/auth";
import { clientAddress, signInRefused, signInWait } from "../auth/rate-limit";
import { publicFormAction } from "./action";

/**
 * The login form's action. On success Auth.js sets the cookie and redirects to the role's home via "/".
 * Messages are English like every server message; the login form words each failure from its code and, for a
 * refusal by the sign-in limits, from `details` (which limit, and the wait in seconds). The limits themselves are
 * enforced in authenticate(); this only reads the wait to tell the visitor.
 */
export const signInAction = publicFormAction(signInSchema, async function signInWithPassword(input) {
  const client = clientAddress(await headers());
  const throttled = async (refused: boolean) => {
    const wait = await signInWait(input.email, client);
    // refused but the wait is already over by now: still say a second rather than nothing
    if (!wait && !refused) return;
    throw signInRefused(wait ?? { seconds: 1 });
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
    if (code === "account_disabled")
      throw new AppError(
        "forbidden",
        "This account is not active. Ask your building manager for an invitation.",
      );
    const cause = (e.cause as { err?: unknown } | undefined)?.err;
    if (cause instanceof AppError && cause.code === "unavailable")
      throw new AppError("unavailable", "The server is busy checking passwords. Try again in a few seconds.");
    throw new AppError("unauthenticated", "That email and password do not match an account.", {
      fields: { password: ["Check your email and password and try again."] },
    });
  }
  return null;
});
