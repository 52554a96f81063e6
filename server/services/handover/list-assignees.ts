import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listUsersByRole } from "../../db/users";

export type Assignee = { id: string; name: string; role: "staff" | "manager" };

/** Who a hand-over can be given to: the building's active staff and managers, by name. */
export async function listAssignees(actor: Actor): Promise<Assignee[]> {
  authorize(actor, "handover.manage");
  const b = { buildingId: actor.buildingId, status: "active" as const, limit: 100 };
  const [staff, managers] = await Promise.all([
    listUsersByRole({ ...b, role: "staff" }),
    listUsersByRole({ ...b, role: "manager" }),
  ]);
  return [...staff.items, ...managers.items]
    .map((u) => ({ id: u.id, name: u.name, role: u.role as Assignee["role"] }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
