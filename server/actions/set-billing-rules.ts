"use server";

import { revalidatePath } from "next/cache";
import { billingRulesFormSchema, type LateFeeRule, parseReminderDays } from "@/lib/domain/billing";
import { percentToBps } from "@/lib/domain/owner-statement";
import { AppError } from "@/lib/errors";
import { parseMajorAmount } from "@/lib/money";
import { setBillingRules } from "../services/billing/set-billing-rules";
import { getBuilding } from "../services/building/get-building";
import { formAction } from "./action";

const invalid = (field: string) =>
  new AppError("validation", "Check the highlighted field.", { fields: { [field]: ["Invalid"] } });

/** The billing page's rules form: the late-fee rule (none, fixed amount, percentage) and the reminder days. */
export const setBillingRulesAction = formAction(
  billingRulesFormSchema,
  async function setBillingRulesFromPage(form, actor) {
    const { currency } = await getBuilding(actor);
    const afterDays = /^\d{1,3}$/.test(form.afterDays) ? Number(form.afterDays) : -1;
    if (form.kind !== "none" && (afterDays < 0 || afterDays > 365)) throw invalid("afterDays");
    let lateFee: LateFeeRule | null = null;
    if (form.kind === "fixed") {
      const amountMinor = parseMajorAmount(form.amount, currency);
      if (amountMinor === null || amountMinor < 1) throw invalid("amount");
      lateFee = { kind: "fixed", amountMinor, afterDays };
    } else if (form.kind === "percent") {
      const basisPoints = percentToBps(form.percent);
      if (basisPoints === null || basisPoints < 1) throw invalid("percent");
      lateFee = { kind: "percent", basisPoints, afterDays };
    }
    const reminderDays = parseReminderDays(form.reminderDays);
    if (reminderDays === null) throw invalid("reminderDays");
    const schedule = await setBillingRules(actor, { lateFee, reminderDays });
    revalidatePath("/manager/billing");
    return { lateFee: schedule.lateFee ?? null, reminderDays: schedule.reminderDays ?? [] };
  },
  { capability: "billing.manage" },
);
