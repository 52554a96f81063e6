"use server";

import { redirect } from "next/navigation";
import { confirmEmailChangeInputSchema } from "@/lib/domain/account";
import { confirmEmailChange } from "../services/account/confirm-email-change";
import { publicFormAction } from "./action";

/**
 * The confirmation page's button (opening the link alone changes nothing, so a mail scanner fetching it cannot).
 * The change ends every session: the person signs in again with the new address.
 */
export const confirmEmailChangeAction = publicFormAction(
  confirmEmailChangeInputSchema,
  async function confirmFromLink(input) {
    await confirmEmailChange(input);
    redirect("/login?emailChanged=1");
  },
);
