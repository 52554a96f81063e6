"use server";

import { redirect } from "next/navigation";
import { AuthError } from "next-auth";
import { changePasswordInputSchema } from "@/lib/domain/account";
import { signIn } from "../auth/auth";
import { changePassword } from "../services/account/change-password";
import { formAction } from "./action";

/**
 * The account page's password form. The change ends every session, this browser's too, so this browser is
 * signed in again with the new password (a fresh session at the new version) and comes back to the account page.
 */
export const changePasswordAction = formAction(
  changePasswordInputSchema,
  async function changeOwnPassword(input, actor) {
    const { email } = await changePassword(actor, input);
    try {
      await signIn("credentials", {
        email,
        password: input.password,
        redirectTo: "/account?changed=password",
      });
    } catch (e) {
      // signing in again was refused (e.g. throttled): the password is changed all the same
      if (e instanceof AuthError) redirect("/login?passwordChanged=1");
      throw e;
    }
    return null;
  },
);
