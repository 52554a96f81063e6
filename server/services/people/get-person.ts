import "server-only";
import { toUserDTO, type UserDTO } from "@/lib/domain/user";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUser } from "../../db/users";

/** One person of the actor's building (another building's id is not found). */
export async function getPerson(actor: Actor, userId: string): Promise<UserDTO> {
  authorize(actor, "user.read");
  const u = await getUser({ buildingId: actor.buildingId, userId });
  authorize(actor, "user.read", { buildingId: u.buildingId });
  return toUserDTO(u);
}
