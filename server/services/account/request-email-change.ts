import "server-only";
import type { ChangeEmailInput } from "@/lib/domain/account";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { putAccountLink } from "../../db/account-links";
import { findBuilding } from "../../db/buildings";
import { sessionVersionOf } from "../../db/user-sessions";
import { findUserByEmail } from "../../db/users";
import { emailChangeConfirmEmail } from "../../email/account-emails";
import { sendEmail } from "../../email/send-email";
import { recordAudit } from "../audit/audit";
import { newAccountLink } from "./account-links";
import { reauthenticate } from "./reauthenticate";

const inUse = () =>
  new AppError("conflict", "That email address is already in use.", {
    fields: { email: ["This email is already in use."] },
  });

/**
 * A signed-in person asks to change their email: current password first, then a one-time link to the NEW
 * address. Nothing changes until that link is confirmed (server/services/account/confirm-email-change.ts). An address
 * already in use is refused here and, whatever happens meanwhile, again by the confirming transaction.
 */
export async function requestEmailChange(actor: Actor, input: ChangeEmailInput, now = new Date()) {
  const newEmail = input.email.trim().toLowerCase();
  if (newEmail === actor.email?.toLowerCase()) {
    throw new AppError("bad_request", "That is already your email address.", {
      fields: { email: ["That is already your email address."] },
    });
  }
  const rec = await reauthenticate(actor, input.currentPassword, "user.email.change.request");
  if (await findUserByEmail({ email: newEmail })) throw inUse();
  const { tokenHash, link, url } = newAccountLink("email", rec, sessionVersionOf(rec), now, newEmail);
  const [, building] = await Promise.all([
    putAccountLink({ tokenHash, link }),
    findBuilding({ buildingId: rec.buildingId }),
  ]);
  await sendEmail(
    emailChangeConfirmEmail(rec, newEmail, building?.locale, { url, expiresAt: link.expiresAt }),
  );
  await recordAudit(actor, "user.email.change.request", { type: "user", id: rec.id }, "success");
  return { email: newEmail };
}
