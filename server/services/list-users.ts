import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import { toUserDTO, type UserDTO } from "@/lib/domain/user";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import type { PageRequest } from "../db/query";
import { listUsers } from "../db/users";

/** The people of the actor's building (staff and managers), without password hashes. */
export async function listUsersForActor(actor: Actor, page: PageRequest): Promise<PageDTO<UserDTO>> {
  authorize(actor, "user.read");
  const p = await listUsers({ buildingId: actor.buildingId, ...page });
  return { items: p.items.map(toUserDTO), cursor: p.cursor };
}
