import "server-only";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { replaceInvitation } from "../../db/invitations";
import { getUser } from "../../db/users";
import { sendInvitationEmail } from "../../email/invitation-email";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { invitationUrl, newInvitation } from "./invitation-link";

/** A new link for someone who has not accepted yet; the previous link stops working in the same write. */
export async function resendInvitation(
  actor: Actor,
  userId: string,
  now = new Date(),
): Promise<{ expiresAt: string }> {
  authorize(actor, "user.manage");
  const user = await getUser({ buildingId: actor.buildingId, userId });
  authorize(actor, "user.manage", { buildingId: user.buildingId });
  if (user.status !== "invited") throw new AppError("conflict", "This person has already accepted.");
  const { token, invitation } = newInvitation(user, now);
  await replaceInvitation({ invitation });
  await recordAudit(actor, "user.invite.resend", { type: "user", id: user.id }, "success", {
    expiresAt: invitation.expiresAt,
  });
  const building = await getBuilding(actor);
  await sendInvitationEmail(user, building.name, invitationUrl(token), invitation.expiresAt);
  return { expiresAt: invitation.expiresAt };
}
