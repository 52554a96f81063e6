import "server-only";
import { authorize, can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getUnitsByIds, listAllUnits } from "../../db/units";
import { listUsersByRole } from "../../db/users";

export type TicketUnitOption = { id: string; number: string };
export type TicketAssignee = { id: string; name: string };
export type TicketOptions = { units: TicketUnitOption[]; assignees: TicketAssignee[] };

/** A building has a handful of staff; past this many the picker would need a search instead. */
const MAX_ASSIGNEES = 200;

/**
 * What the ticket pages offer to choose from and name things by: the units a ticket can be about (a resident's
 * own; all the building's for staff and managers) and, for those who manage tickets, who a ticket can be
 * assigned to — the active staff and managers, the same rule `updateTicket` enforces. Read from the
 * units and role indexes, so the building's residents are never paged through.
 */
export async function getTicketOptions(actor: Actor): Promise<TicketOptions> {
  const scope = authorize(actor, "ticket.read");
  const units =
    scope === "building"
      ? await listAllUnits({ buildingId: actor.buildingId })
      : await getUnitsByIds({ buildingId: actor.buildingId, unitIds: actor.unitIds });
  let assignees: TicketAssignee[] = [];
  if (can(actor, "ticket.manage")) {
    const pages = await Promise.all(
      (["staff", "manager"] as const).map((role) =>
        listUsersByRole({ buildingId: actor.buildingId, role, limit: MAX_ASSIGNEES }),
      ),
    );
    assignees = pages
      .flatMap((p) => p.items)
      .filter((u) => u.status === "active")
      .map((u) => ({ id: u.id, name: u.name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return {
    units: units
      .map((u) => ({ id: u.id, number: u.number }))
      .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true })),
    assignees,
  };
}
