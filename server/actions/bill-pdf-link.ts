"use server";

import { billIdParamsSchema } from "@/lib/domain/billing";
import { getBillPdfLink } from "../services/billing/get-bill-pdf-link";
import { action } from "./action";

/** A signed link to one bill's PDF for the download buttons (managers, and the bill's own unit holders). */
export const billPdfLinkAction = action(
  billIdParamsSchema,
  async function billPdfLink({ id }, actor) {
    return getBillPdfLink(actor, id);
  },
  { capability: "bill.read" },
);
