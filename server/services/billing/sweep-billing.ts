import "server-only";
import { daysBetween, reminderStepFor } from "@/lib/domain/billing";
import { todayIn } from "@/lib/domain/stay-dates";
import { findBillingSchedule } from "../../db/billing";
import { claimBillReminder, claimDailyJob } from "../../db/billing-claims";
import { listUnpaidBills } from "../../db/bills";
import { listBuildings } from "../../db/buildings";
import { findUnit } from "../../db/units";
import { billReminderEmail } from "../../email/bill-reminder-email";
import { sendEmail } from "../../email/send-email";
import { logger } from "../../logger";
import { queryEvery } from "../shared/query-every";
import { sweepLateFeesOf } from "./apply-late-fees";
import { unitHolders } from "./issue-bill";

/** Who the job's late fees are "created by". */
const SYSTEM = "billing-job";

/**
 * The money jobs of every building, run by the in-process job runner (instrumentation.ts, hourly):
 * - **late fees, once per building-day**: the day (the building's date) is claimed by a conditional put, so with
 *   several instances exactly one sweeps; the sweep itself is also once per bill (apply-late-fees.ts);
 * - **reminders for overdue bills** on the building's `reminderDays` (e.g. 3 and 10 days past due): each step of
 *   each bill is claimed by a conditional put before its emails go to the outbox, so it is sent once whatever
 *   the number of runners, in each holder's language.
 */
export async function sweepBilling(
  now = new Date(),
  opts: { buildingIds?: string[] } = {},
): Promise<{ lateFees: number; reminders: number }> {
  let lateFees = 0;
  let reminders = 0;
  const buildings = await queryEvery((p) => listBuildings(p));
  for (const b of buildings) {
    if (opts.buildingIds && !opts.buildingIds.includes(b.id)) continue;
    try {
      const schedule = await findBillingSchedule({ buildingId: b.id });
      if (!schedule) continue;
      const today = todayIn(b.timezone, now);
      if (schedule.lateFee && (await claimDailyJob({ buildingId: b.id, job: "late-fees", day: today, now })))
        lateFees += (await sweepLateFeesOf(b.id, SYSTEM, today)).applied;
      const days = schedule.reminderDays ?? [];
      if (days.length) reminders += await remindOverdue(b, days, today, now);
    } catch (e) {
      logger.error("billing sweep failed for a building", { buildingId: b.id, error: String(e) });
    }
  }
  if (lateFees || reminders) logger.info("billing sweep", { lateFees, reminders });
  return { lateFees, reminders };
}

async function remindOverdue(
  building: Awaited<ReturnType<typeof listBuildings>>["items"][number],
  days: number[],
  today: string,
  now: Date,
): Promise<number> {
  let sent = 0;
  for (const bill of await listUnpaidBills({ buildingId: building.id })) {
    const step = reminderStepFor(days, bill, today);
    if (step === null) continue;
    if (!(await claimBillReminder({ buildingId: building.id, billId: bill.id, step, now }))) continue;
    const unit = await findUnit({ buildingId: building.id, unitId: bill.unitId });
    if (!unit) continue;
    const overdue = daysBetween(bill.dueDate, today);
    for (const holder of await unitHolders(unit)) {
      try {
        await sendEmail(billReminderEmail(bill, building, holder, overdue));
        sent++;
      } catch (e) {
        logger.error("bill reminder not recorded", { billId: bill.id, error: String(e) });
      }
    }
  }
  return sent;
}
