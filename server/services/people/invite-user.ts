import "server-only";
import { newId } from "@/lib/domain/ids";
import { type InviteUserInput, toUserDTO, type UserDTO } from "@/lib/domain/user";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { unitResidentsItems } from "../../db/person-access";
import { createUser } from "../../db/users";
import { sendInvitationEmail } from "../../email/invitation-email";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { invitationUrl, newInvitation } from "./invitation-link";
import { checkUnitsExist, unitResidentChanges } from "./person-rules";

/**
 * A manager invites someone to their own building: an `invited` account (no password), an expiring one-time
 * link emailed to them, and an audit event. The email must be new across all buildings (the email lock). A
 * resident's units list them among their residents in the same transaction.
 */
export async function inviteUser(actor: Actor, input: InviteUserInput, now = new Date()): Promise<UserDTO> {
  authorize(actor, "user.manage");
  const unitIds = input.role === "resident" ? input.unitIds : [];
  await checkUnitsExist(actor, unitIds);
  const at = now.toISOString();
  const id = newId(now.getTime());
  const name = input.name?.trim() || input.email.split("@")[0] || input.email;
  const base = { id, buildingId: actor.buildingId, email: input.email };
  const { token, invitation } = newInvitation(base, now);
  // the units list the invited resident at once, in the same transaction as the account
  const units = await unitResidentChanges({ buildingId: actor.buildingId, id, unitIds: [] }, unitIds);
  const user = await createUser({
    alongside: unitResidentsItems(actor.buildingId, units, at),
    user: {
      ...base,
      name,
      phone: null,
      role: input.role,
      unitIds,
      status: "invited",
      locale: null,
      createdAt: at,
      updatedAt: at,
      lastLoginAt: null,
      passwordHash: null,
    },
    invitation: { tokenHash: invitation.tokenHash, expiresAt: invitation.expiresAt },
  });
  await recordAudit(actor, "user.invite", { type: "user", id }, "success", {
    email: user.email,
    role: user.role,
    unitIds,
  });
  const building = await getBuilding(actor);
  await sendInvitationEmail(user, building.name, invitationUrl(token), invitation.expiresAt);
  return toUserDTO(user);
}
