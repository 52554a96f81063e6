import "server-only";
import { getBuilding } from "../../db/buildings";
import { findInvitationByTokenHash } from "../../db/invitations";
import { hashToken } from "../../db/token-hash";

export type InvitationView = { email: string; name: string; role: string; buildingName: string };

/** The public invitation page: what the link is for, or null when unknown, used or expired (one answer for all). */
export async function findInvitation(token: string, now = new Date()): Promise<InvitationView | null> {
  if (!token || token.length > 200) return null;
  const found = await findInvitationByTokenHash({ tokenHash: hashToken(token), now });
  if (!found) return null;
  const building = await getBuilding({ buildingId: found.user.buildingId });
  return {
    email: found.user.email,
    name: found.user.name,
    role: found.user.role,
    buildingName: building.name,
  };
}
