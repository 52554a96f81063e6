import "server-only";
import type { BillingRun, BillingSchedule } from "@/lib/domain/billing";
import { getRecord, toItem } from "./item";
import { keys } from "./keys";
import { type Page, type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { putIfAbsent, putItem } from "./write";

type B = { buildingId: string };

const scheduleItem = (s: BillingSchedule) => toItem(s, keys.billingSchedule(s.buildingId));
const runItem = (r: BillingRun) => toItem(r, keys.billingRun(r.buildingId, r.period));

export async function putBillingSchedule({
  schedule,
}: {
  schedule: BillingSchedule;
}): Promise<BillingSchedule> {
  await putItem(scheduleItem(schedule));
  return schedule;
}

export async function findBillingSchedule({ buildingId }: B): Promise<BillingSchedule | null> {
  return (await getRecord<BillingSchedule>(keys.billingSchedule(buildingId))) ?? null;
}

/**
 * Claims the month's run: true when this call wrote it, false when a run for the month already exists (made by
 * an earlier call or, at this very moment, by another instance). The conditional put decides, not a prior read.
 */
export async function claimBillingRun({ run }: { run: BillingRun }): Promise<boolean> {
  return putIfAbsent(runItem(run));
}

export async function findBillingRun({
  buildingId,
  period,
}: B & { period: string }): Promise<BillingRun | null> {
  return (await getRecord<BillingRun>(keys.billingRun(buildingId, period))) ?? null;
}

/** Marks the run made with its bill count; every instance that worked on it writes the same values. */
export async function completeBillingRun({
  buildingId,
  period,
  bills,
}: B & { period: string; bills: number }): Promise<BillingRun> {
  return updateRecord<BillingRun>({
    key: keys.billingRun(buildingId, period),
    set: { bills, status: "complete", completedAt: new Date().toISOString() },
    what: "Billing run",
  });
}

/** The building's runs, latest month first. */
export async function listBillingRuns({ buildingId, ...page }: B & PageRequest): Promise<Page<BillingRun>> {
  return queryPage<BillingRun>({
    pk: keys.buildingPartition(buildingId),
    sk: { beginsWith: keys.billingRunPrefix },
    ascending: false,
    ...page,
  });
}
