import "server-only";
import type { Actor } from "@/lib/roles";
import { findUser } from "../db/users";

/**
 * The actor behind a signed-in person's session, read fresh from their user record: null when the account is
 * gone, disabled or not yet accepted, so a manager's change takes effect on the very next request.
 */
export async function sessionUserActor({
  buildingId,
  userId,
}: {
  buildingId: string;
  userId: string;
}): Promise<Actor | null> {
  const user = await findUser({ buildingId, userId }).catch(() => null);
  if (user?.status !== "active") return null;
  return {
    kind: "user",
    id: user.id,
    role: user.role,
    buildingId: user.buildingId,
    unitIds: user.unitIds ?? [],
    name: user.name,
    email: user.email,
    locale: user.locale,
  };
}
