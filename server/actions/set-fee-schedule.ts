"use server";

import { revalidatePath } from "next/cache";
import { feeScheduleFormSchema } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { parseMajorAmount } from "@/lib/money";
import { findFeeSchedule } from "../services/billing/find-fee-schedule";
import { setBillingSchedule } from "../services/billing/set-billing-schedule";
import { getBuilding } from "../services/building/get-building";
import { formAction } from "./action";

/** The billing page's schedule form: a fixed monthly fee typed in the major unit. */
export const setFeeScheduleAction = formAction(
  feeScheduleFormSchema,
  async function setFeeSchedule({ monthlyFee, dueDay, paymentInstructions }, actor) {
    const { currency } = await getBuilding(actor);
    const monthlyFeeMinor = parseMajorAmount(monthlyFee, currency);
    if (monthlyFeeMinor === null) {
      throw new AppError("validation", "Enter an amount like 120.50.", {
        fields: { monthlyFee: ["Not an amount"] },
      });
    }
    // the late-fee rule and the reminders have their own form (billing-rules-form.tsx): keep the ones stored
    const stored = await findFeeSchedule(actor);
    const schedule = await setBillingSchedule(actor, {
      monthlyFeeMinor,
      dueDay,
      paymentInstructions,
      lateFee: stored?.lateFee ?? null,
      reminderDays: stored?.reminderDays ?? [],
    });
    revalidatePath("/manager/billing");
    return { monthlyFeeMinor: schedule.monthlyFeeMinor };
  },
  { capability: "billing.manage" },
);
