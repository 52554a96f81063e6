"use server";

import { revalidatePath } from "next/cache";
import { ticketCostFormSchema } from "@/lib/domain/charges";
import { AppError } from "@/lib/errors";
import { parseMajorAmount } from "@/lib/money";
import { getBuilding } from "../services/building/get-building";
import { addTicketCost } from "../services/ticket-costs/add-ticket-cost";
import { formAction } from "./action";

/** The ticket page's cost form; its idempotency key is made when the form opens, so a double submit counts once. */
export const addTicketCostAction = formAction(
  ticketCostFormSchema,
  async function addTicketCostFromPage({ ticketId, amount, ...input }, actor) {
    const { currency } = await getBuilding(actor);
    const amountMinor = parseMajorAmount(amount, currency);
    if (amountMinor === null || amountMinor < 1) {
      throw new AppError("validation", "Enter an amount like 45.90.", {
        fields: { amount: ["Not an amount"] },
      });
    }
    if (input.bornBy === "unit" && !input.unitId) {
      throw new AppError("validation", "Choose the unit that pays.", { fields: { unitId: ["Required"] } });
    }
    const result = await addTicketCost(actor, ticketId, {
      ...input,
      unitId: input.bornBy === "unit" ? input.unitId : undefined,
      amountMinor,
    });
    revalidatePath(`/staff/tickets/${ticketId}`);
    return result;
  },
  { capability: "ticketCost.manage" },
);
