"use server";

import { revalidatePath } from "next/cache";
import {
  type OwnerStatementSettings,
  ownerStatementSettingsFormSchema,
  ownerStatementSettingsSchema,
  percentToBps,
} from "@/lib/domain/owner-statement";
import { RESERVATION_SOURCES } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { parseMajorAmount } from "@/lib/money";
import { getBuilding } from "../services/building/get-building";
import { setOwnerStatementSettings } from "../services/owner-statements/set-owner-statement-settings";
import { formAction } from "./action";

/** The statements page's settings form: percentages and the cleaning fee as typed, checked on the server. */
export const setOwnerStatementSettingsAction = formAction(
  ownerStatementSettingsFormSchema,
  async function setOwnerStatementSettingsFromPage(form, actor) {
    const { currency } = await getBuilding(actor);
    const fields: Record<string, string[]> = {};
    const bps = (name: string, text: string) => {
      const v = percentToBps(text === "" ? "0" : text);
      if (v === null) fields[name] = ["Not a percentage"];
      return v ?? 0;
    };
    const cleaningFeeMinor = parseMajorAmount(form.cleaningFee === "" ? "0" : form.cleaningFee, currency);
    if (cleaningFeeMinor === null) fields.cleaningFee = ["Not an amount"];
    const input = {
      managementCommissionBps: bps("managementCommission", form.managementCommission),
      cleaningFeeMinor: cleaningFeeMinor ?? 0,
      channelCommissionBps: Object.fromEntries(
        RESERVATION_SOURCES.map((s) => [s, bps(`channel_${s}`, form[`channel_${s}`])]),
      ),
    };
    if (Object.keys(fields).length)
      throw new AppError("validation", "Check the highlighted fields.", { fields });
    const settings: OwnerStatementSettings = ownerStatementSettingsSchema.parse(input);
    const saved = await setOwnerStatementSettings(actor, settings);
    revalidatePath("/manager/billing/statements");
    return saved;
  },
  { capability: "billing.manage" },
);
