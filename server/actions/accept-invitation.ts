"use server";

import { headers } from "next/headers";
import { acceptInvitationInputSchema } from "@/lib/domain/people";
import { signIn } from "../auth/auth";
import { clientAddress, reserveInvitationAttempt } from "../auth/rate-limit";
import { acceptInvitationWithToken } from "../services/people/accept-invitation";
import { publicFormAction } from "./action";

/**
 * The public invitation page: sets the name and password (the link is used once), then signs the person in
 * with the password they just chose; Auth.js redirects to "/", which sends each role to its home.
 * Public, so each client address gets a few submissions per window before anything is looked up or hashed.
 */
export const acceptInvitationAction = publicFormAction(
  acceptInvitationInputSchema,
  async function acceptFromPage(input) {
    await reserveInvitationAttempt(clientAddress(await headers()));
    const { email } = await acceptInvitationWithToken(input);
    await signIn("credentials", { email, password: input.password, redirectTo: "/" });
    return null;
  },
);
