import "server-only";
import { buildLedger, type Ledger } from "@/lib/domain/billing";
import { notFound } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllBillsOfUnit } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { listAllPaymentsOfUnit } from "../../db/payments";
import { findUnit } from "../../db/units";

/** A unit's bills and payments with the running balance: the building's managers, and the unit's own holders. */
export async function getUnitLedger(actor: Actor, unitId: string): Promise<Ledger> {
  authorize(actor, "bill.read");
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "bill.read", { buildingId: unit.buildingId, owns: ownsUnit(unit.id) });
  const [bills, payments, building] = await Promise.all([
    listAllBillsOfUnit({ buildingId: actor.buildingId, unitId }),
    listAllPaymentsOfUnit({ buildingId: actor.buildingId, unitId }),
    getBuilding({ buildingId: actor.buildingId }),
  ]);
  return { unitId, unitNumber: unit.number, currency: building.currency, ...buildLedger(bills, payments) };
}
