"use server";

import { signOutEverywhereInputSchema } from "@/lib/domain/account";
import { signOut } from "../auth/auth";
import { signOutEverywhere } from "../services/account/sign-out-everywhere";
import { formAction } from "./action";

/** Ends every session of the account (other devices, a stolen cookie) and then this one. */
export const signOutEverywhereAction = formAction(
  signOutEverywhereInputSchema,
  async function signOutAllDevices(_input, actor) {
    await signOutEverywhere(actor);
    await signOut({ redirectTo: "/login?signedOutEverywhere=1" });
    return null;
  },
);
