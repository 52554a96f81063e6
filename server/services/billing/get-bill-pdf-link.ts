import "server-only";
import { BILL_PDF_URL_TTL_SECONDS, type Bill } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findBillingSchedule } from "../../db/billing";
import { getBill } from "../../db/bills";
import { getBuilding } from "../../db/buildings";
import { signedBillPdfUrl } from "../../storage/bill-pdfs";
import { storeBillAsPdf } from "./issue-bill";

/**
 * A short-lived signed link to a bill's PDF, for the building's managers and the bill's own unit holders only.
 * Loaded first, then checked: another unit's bill is refused even with its id in hand.
 */
export async function getBillPdfLink(actor: Actor, billId: string) {
  authorize(actor, "bill.read");
  const bill = await getBill({ buildingId: actor.buildingId, billId });
  authorize(actor, "bill.read", { buildingId: bill.buildingId, owns: ownsUnit(bill.unitId) });
  // a bill whose PDF was never stored (a run interrupted after the bill, imported bills) is rendered now
  const pdfKey = bill.pdfKey ?? (await renderMissing(bill)).pdfKey;
  if (!pdfKey) throw new AppError("conflict", "This bill's PDF is not ready yet; try again shortly.");
  const url = await signedBillPdfUrl(pdfKey, `bill-${bill.unitNumber}-${bill.period}.pdf`);
  return { url, expiresInSeconds: BILL_PDF_URL_TTL_SECONDS };
}

async function renderMissing(bill: Bill): Promise<Bill> {
  const [building, schedule] = await Promise.all([
    getBuilding({ buildingId: bill.buildingId }),
    findBillingSchedule({ buildingId: bill.buildingId }),
  ]);
  return storeBillAsPdf(bill, building, schedule?.paymentInstructions ?? "");
}
