import "server-only";
import { type BillingRun, type billingRunDtoSchema, monthlyFees, type Period } from "@/lib/domain/billing";
import { newId } from "@/lib/domain/ids";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { claimBillingRun, completeBillingRun, findBillingRun, findBillingSchedule } from "../../db/billing";
import { getBuilding } from "../../db/buildings";
import { listAllUnits } from "../../db/units";
import { applyLateFees } from "./apply-late-fees";
import { issueBill } from "./issue-bill";

export type BillingRunDTO = ReturnType<typeof billingRunDtoSchema.parse>;
const toDto = (r: BillingRun): BillingRunDTO => ({
  id: r.id,
  period: r.period,
  bills: r.bills,
  status: r.status,
});

/** Bills rendered and stored at once; each one is a PDF render, an S3 put and a few small writes. */
const CONCURRENCY = 4;

/**
 * The month's billing run, idempotent and safe with several instances: the run record's conditional put decides
 * which call made the run (`created`); every call that finds the run unfinished then makes whatever bills are
 * missing, each by a conditional put on an id derived from unit and month, so concurrent calls (or a call after a
 * crash half-way) never make a second bill for a unit, render a missing PDF, and email each bill once. A call
 * that finds the run complete does nothing and returns it.
 */
export async function runBilling(
  actor: Actor,
  input: { period: Period },
): Promise<{ run: BillingRunDTO; created: boolean }> {
  authorize(actor, "billing.manage");
  const buildingId = actor.buildingId;
  const { period } = input;
  const existing = await findBillingRun({ buildingId, period });
  if (existing?.status === "complete") return { run: toDto(existing), created: false };

  const schedule = await findBillingSchedule({ buildingId });
  if (!schedule) throw new AppError("conflict", "Set the building's fee schedule before running billing.");
  const now = new Date().toISOString();
  const run: BillingRun = {
    id: newId(),
    buildingId,
    period,
    bills: 0,
    status: "running",
    createdAt: now,
    createdBy: actor.id,
    completedAt: null,
  };
  const created = existing ? false : await claimBillingRun({ run });

  // overdue bills earn their late fee first, so this run's bills take it
  await applyLateFees(actor);
  const [building, units] = await Promise.all([getBuilding({ buildingId }), listAllUnits({ buildingId })]);
  const fees = monthlyFees(
    schedule,
    units.map((u) => u.id),
  );
  const billed = units.filter((u) => fees.has(u.id));
  const runId = created
    ? run.id
    : ((existing ?? (await findBillingRun({ buildingId, period })))?.id ?? run.id);
  for (let i = 0; i < billed.length; i += CONCURRENCY) {
    await Promise.all(
      billed
        .slice(i, i + CONCURRENCY)
        .map((unit) =>
          issueBill({ building, schedule, unit, period, runId, feeMinor: fees.get(unit.id) ?? 0 }),
        ),
    );
  }
  const done = await completeBillingRun({ buildingId, period, bills: billed.length });
  return { run: toDto(done), created };
}
