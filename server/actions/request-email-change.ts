"use server";

import { changeEmailInputSchema } from "@/lib/domain/account";
import { requestEmailChange } from "../services/account/request-email-change";
import { formAction } from "./action";

/** The account page's email form: sends the confirmation link to the new address; nothing changes yet. */
export const requestEmailChangeAction = formAction(
  changeEmailInputSchema,
  async function changeOwnEmail(input, actor) {
    return requestEmailChange(actor, input);
  },
);
