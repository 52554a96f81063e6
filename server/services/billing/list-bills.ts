import "server-only";
import { type Bill, type BillDTO, type ListBillsQuery, toBillDto } from "@/lib/domain/billing";
import type { PageDTO } from "@/lib/domain/common";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllBillsOfUnit, listBillsOfUnit, listBuildingBills } from "../../db/bills";

/**
 * Bills, latest month first. Managers: the building's, or one unit's. Residents: only their own units' — a
 * `unitId` that is not theirs is refused, and without one every unit of theirs is read (a few bills a year each).
 */
export async function listBills(actor: Actor, q: ListBillsQuery): Promise<PageDTO<BillDTO>> {
  const scope = authorize(actor, "bill.read");
  const { unitId, period, status, limit, cursor } = q;
  if (scope === "building") {
    const page = unitId
      ? await listBillsOfUnit({ buildingId: actor.buildingId, unitId, period, status, limit, cursor })
      : await listBuildingBills({ buildingId: actor.buildingId, period, status, limit, cursor });
    return { items: page.items.map(toBillDto), cursor: page.cursor };
  }
  if (unitId) authorize(actor, "bill.read", { buildingId: actor.buildingId, owns: ownsUnit(unitId) });
  const units = unitId ? [unitId] : actor.unitIds;
  const all = (
    await Promise.all(units.map((u) => listAllBillsOfUnit({ buildingId: actor.buildingId, unitId: u })))
  ).flat();
  const items = all
    .filter((b: Bill) => (!period || b.period === period) && (!status || b.status === status))
    .sort((a, b) =>
      a.period === b.period ? a.unitNumber.localeCompare(b.unitNumber) : a.period < b.period ? 1 : -1,
    )
    .slice(0, limit);
  return { items: items.map(toBillDto), cursor: null };
}
