import "server-only";
import type { AddTicketCostInput, Charge, TicketCost } from "@/lib/domain/charges";
import { toTicketCostDto } from "@/lib/domain/charges";
import { AppError, conflict } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { chargeIdOf, putChargeTx } from "../../db/charges";
import { findTicketCost, putTicketCostTx, ticketCostIdOf } from "../../db/ticket-costs";
import { findUnit } from "../../db/units";
import { TransactionRefused, transactWrite } from "../../db/write";
import { loadTicketFor } from "../tickets/ticket-access";

/**
 * Staff record labour or materials on a ticket. A cost the building bears is an expense in the board's report;
 * a cost charged to a unit also makes a chargeback charge in the same transaction, which the unit's next bill
 * takes (once). The same form key again answers the cost already recorded.
 */
export async function addTicketCost(
  actor: Actor,
  ticketId: string,
  input: AddTicketCostInput,
): Promise<{ cost: ReturnType<typeof toTicketCostDto>; created: boolean }> {
  const ticket = await loadTicketFor(actor, ticketId, "ticketCost.manage");
  const buildingId = actor.buildingId;
  const id = ticketCostIdOf(buildingId, ticket.id, input.idempotencyKey);
  const same = (c: TicketCost) => {
    if (
      c.amountMinor !== input.amountMinor ||
      c.bornBy !== input.bornBy ||
      c.unitId !== (input.unitId ?? null)
    ) {
      throw conflict("This idempotency key was already used for a different cost.");
    }
    return { cost: toTicketCostDto(c), created: false };
  };
  const earlier = await findTicketCost({ buildingId, costId: id });
  if (earlier) return same(earlier);
  if (input.unitId && !(await findUnit({ buildingId, unitId: input.unitId }))) {
    throw new AppError("validation", "That unit is not in this building.", {
      fields: { unitId: ["Unknown unit"] },
    });
  }
  const { currency } = await getBuilding({ buildingId });
  const now = new Date().toISOString();
  const chargeId = input.bornBy === "unit" ? chargeIdOf(buildingId, `cost:${id}`) : null;
  const cost: TicketCost = {
    id,
    buildingId,
    ticketId: ticket.id,
    kind: input.kind,
    description: input.description,
    hours: input.hours ?? null,
    amountMinor: input.amountMinor,
    currency,
    incurredOn: input.incurredOn,
    bornBy: input.bornBy,
    unitId: input.unitId ?? null,
    chargeId,
    createdBy: actor.id,
    createdAt: now,
  };
  const items = [putTicketCostTx(cost)];
  if (chargeId && input.unitId) {
    const charge: Charge = {
      id: chargeId,
      buildingId,
      unitId: input.unitId,
      kind: "chargeback",
      label: `${input.description} (${ticket.title})`.slice(0, 200),
      amountMinor: input.amountMinor,
      currency,
      ticketId: ticket.id,
      costId: id,
      lateFeeOfBillId: null,
      billId: null,
      billedPeriod: null,
      createdBy: actor.id,
      createdAt: now,
    };
    items.push(putChargeTx(charge));
  }
  try {
    await transactWrite(items);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.includes(0)) {
      const stored = await findTicketCost({ buildingId, costId: id });
      if (stored) return same(stored);
    }
    throw e;
  }
  return { cost: toTicketCostDto(cost), created: true };
}
