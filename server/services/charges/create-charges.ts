import "server-only";
import { type Charge, type CreateChargesInput, toChargeDto } from "@/lib/domain/charges";
import { AppError, conflict } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { chargeIdOf, chargeItem, findCharge } from "../../db/charges";
import { listAllUnits } from "../../db/units";
import { putIfAbsent } from "../../db/write";

const CONCURRENCY = 8;

/**
 * One-off charges (managers): the same charge on each listed unit, waiting for that unit's next bill. Each
 * charge's id is derived from the form's idempotency key and the unit, so the form sent twice (or a retry after a
 * timeout) makes nothing new (`created` counts only the new ones); the same key with a different amount or kind
 * is a conflict.
 */
export async function createCharges(
  actor: Actor,
  input: CreateChargesInput,
): Promise<{ items: ReturnType<typeof toChargeDto>[]; created: number }> {
  authorize(actor, "billing.manage");
  const buildingId = actor.buildingId;
  const [building, units] = await Promise.all([getBuilding({ buildingId }), listAllUnits({ buildingId })]);
  const known = new Set(units.map((u) => u.id));
  const unitIds = [...new Set(input.unitIds)];
  const unknown = unitIds.filter((u) => !known.has(u));
  if (unknown.length) {
    throw new AppError("validation", "Some units are not in this building.", {
      fields: { unitIds: ["Unknown unit"] },
    });
  }
  const now = new Date().toISOString();
  const out: Charge[] = [];
  let created = 0;
  for (let i = 0; i < unitIds.length; i += CONCURRENCY) {
    await Promise.all(
      unitIds.slice(i, i + CONCURRENCY).map(async (unitId) => {
        const charge: Charge = {
          id: chargeIdOf(buildingId, `form:${input.idempotencyKey}:${unitId}`),
          buildingId,
          unitId,
          kind: input.kind,
          label: input.label,
          amountMinor: input.amountMinor,
          currency: building.currency,
          ticketId: null,
          costId: null,
          lateFeeOfBillId: null,
          billId: null,
          billedPeriod: null,
          createdBy: actor.id,
          createdAt: now,
        };
        if (await putIfAbsent(chargeItem(charge))) {
          created++;
          out.push(charge);
          return;
        }
        const stored = await findCharge({ buildingId, chargeId: charge.id });
        if (!stored) throw new Error("charge vanished");
        if (stored.amountMinor !== input.amountMinor || stored.kind !== input.kind) {
          throw conflict("This idempotency key was already used for a different charge.");
        }
        out.push(stored);
      }),
    );
  }
  out.sort((a, b) => a.unitId.localeCompare(b.unitId));
  return { items: out.map(toChargeDto), created };
}
