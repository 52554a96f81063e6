"use server";

import { headers } from "next/headers";
import { AuthError, type CredentialsSignin } from "next-auth";
import { safeCallbackPath, signInSchema } from "@/lib/auth-schemas";
import { AppError } from "@/lib/errors";
import { signIn } from "../auth/auth";
import { assertSignInAllowed, clientAddress } from "../auth/rate-limit";
import { publicFormAction } from "./action";

/** The login form's action. On success Auth.js sets the cookie and redirects to the role's home via "/". */
export const signInAction = publicFormAction(signInSchema, async function signInWithPassword(input) {
  const client = clientAddress(await headers());
  await assertSignInAllowed(input.email, client);
  try {
    await signIn("credentials", {
      email: input.email,
      password: input.password,
      redirectTo: safeCallbackPath(input.callbackUrl) ?? "/",
    });
  } catch (e) {
    if (!(e instanceof AuthError)) throw e;
    const code = (e as CredentialsSignin).code;
    if (code === "rate_limited") await assertSignInAllowed(input.email, client);
    if (code === "account_disabled") {
      throw new AppError(
        "forbidden",
        "This account is not active. Ask your building manager for an invitation.",
      );
    }
    throw new AppError("unauthenticated", "That email and password do not match an account.", {
      fields: { password: ["Check your email and password and try again."] },
    });
  }
  return null;
});
