"use server";

import { headers } from "next/headers";
import { after } from "next/server";
import { forgotPasswordInputSchema } from "@/lib/domain/account";
import { clientAddress } from "../auth/rate-limit";
import { requestPasswordReset } from "../services/account/request-password-reset";
import { publicFormAction } from "./action";

/** The forgot-password form: always `{ ok: true }` for a valid email, known or not (only a 429 differs, for both). */
export const requestPasswordResetAction = publicFormAction(
  forgotPasswordInputSchema,
  async function forgotPassword(input) {
    // the link is issued and sent after the answer: known and unknown addresses answer in the same time
    await requestPasswordReset(
      { email: input.email, client: clientAddress(await headers()) },
      new Date(),
      after,
    );
    // the address as typed back, the same for every address: the page says "if an account exists"
    return { email: input.email };
  },
);
