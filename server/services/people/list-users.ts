import "server-only";
import type { PageDTO } from "@/lib/domain/common";
import type { ListPeopleQuery } from "@/lib/domain/people";
import { toUserDTO, type UserDTO } from "@/lib/domain/user";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import type { PageRequest } from "../../db/query";
import { listUsersByRole, listUsers as listUsersRecord } from "../../db/users";

/**
 * The people of the actor's building, without password hashes: by role (gsi1, by name) when one is asked for,
 * otherwise all in creation order; a status narrows either (a filter, so a page may be short with a cursor).
 */
export async function listUsers(
  actor: Actor,
  q: PageRequest & Partial<Pick<ListPeopleQuery, "role" | "status">>,
): Promise<PageDTO<UserDTO>> {
  authorize(actor, "user.read");
  const { role, ...rest } = q;
  const p = role
    ? await listUsersByRole({ buildingId: actor.buildingId, role, ...rest })
    : await listUsersRecord({ buildingId: actor.buildingId, ...rest });
  return { items: p.items.map(toUserDTO), cursor: p.cursor };
}
