import "server-only";
import { AppError } from "@/lib/errors";
import { confirmEmailChangeWithLink } from "../../db/account-links";
import { findBuilding } from "../../db/buildings";
import { emailChangedNoticeEmail } from "../../email/account-emails";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";
import { recordAudit } from "../audit/audit";
import { liveAccountLink, selfActor } from "./account-links";

/** What the confirmation page shows: the address being confirmed, or null for a dead link (one answer). */
export async function findEmailChangeLink(
  token: string,
  now = new Date(),
): Promise<{ email: string } | null> {
  const live = await liveAccountLink("email", token, now);
  return live?.link.newEmail ? { email: live.link.newEmail } : null;
}

/**
 * Confirms an email change from the link sent to the new address: in one transaction the link is used, the
 * address's uniqueness item moves (refused, changing nothing, when another account took it meanwhile), the email
 * is set and every session ends. The old address is told.
 */
export async function confirmEmailChange({ token }: { token: string }, now = new Date()) {
  const live = await liveAccountLink("email", token, now);
  if (!live) throw new AppError("not_found", "This link is not valid any more.");
  const oldEmail = live.user.email;
  const { newEmail } = await confirmEmailChangeWithLink({ tokenHash: live.tokenHash, oldEmail, now });
  const user = { ...live.user, email: newEmail };
  const building = await findBuilding({ buildingId: user.buildingId });
  await Promise.all([
    sendEmail(emailChangedNoticeEmail(user, oldEmail, newEmail, building?.locale)).catch((e) =>
      logger.error("email change notice not recorded", { userId: user.id, error: String(e) }),
    ),
    recordAudit(selfActor(user), "user.email.change", { type: "user", id: user.id }, "success"),
  ]);
  return { email: newEmail };
}
