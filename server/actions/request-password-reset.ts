"use server";

import { headers } from "next/headers";
import { forgotPasswordInputSchema } from "@/lib/domain/account";
import { clientAddress } from "../auth/rate-limit";
import { requestPasswordReset } from "../services/request-password-reset";
import { publicFormAction } from "./action";

/** The forgot-password form: always `{ ok: true }` for a valid email, known or not (only a 429 differs, for both). */
export const requestPasswordResetAction = publicFormAction(
  forgotPasswordInputSchema,
  async function forgotPassword(input) {
    await requestPasswordReset({ email: input.email, client: clientAddress(await headers()) });
    return { sent: true as const };
  },
);
