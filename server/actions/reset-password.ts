"use server";

import { redirect } from "next/navigation";
import { resetPasswordInputSchema } from "@/lib/domain/account";
import { resetPassword } from "../services/account/reset-password";
import { publicFormAction } from "./action";

/**
 * The reset link's form: sets the new password (the link is used once, every session ends) and sends the
 * person to sign in with it. Not signed in here: sign-in keeps its own throttling, which a reset does not bypass.
 */
export const resetPasswordAction = publicFormAction(
  resetPasswordInputSchema,
  async function resetFromLink(input) {
    await resetPassword(input);
    redirect("/login?reset=1");
  },
);
