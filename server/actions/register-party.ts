"use server";

import { partyInputSchema } from "@/lib/domain/party";
import { registerParty } from "../services/guest-registration/register-party";
import { action } from "./action";

/** Check-in's party step (guests, issue 17): every guest of the stay, checked whole before anything is stored. */
export const registerPartyAction = action(
  partyInputSchema,
  async function registerPartyFromForm(input, actor) {
    const view = await registerParty(actor, input);
    return view.steps;
  },
  { capability: "guestRegistration.write" },
);
