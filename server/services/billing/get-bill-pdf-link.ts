import "server-only";
import { BILL_PDF_URL_TTL_SECONDS } from "@/lib/domain/billing";
import { AppError } from "@/lib/errors";
import { authorize, ownsUnit } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBill } from "../../db/bills";
import { signedBillPdfUrl } from "../../storage/bill-pdfs";

/**
 * A short-lived signed link to a bill's PDF, for the building's managers and the bill's own unit holders only.
 * Loaded first, then checked: another unit's bill is refused even with its id in hand.
 */
export async function getBillPdfLink(actor: Actor, billId: string) {
  authorize(actor, "bill.read");
  const bill = await getBill({ buildingId: actor.buildingId, billId });
  authorize(actor, "bill.read", { buildingId: bill.buildingId, owns: ownsUnit(bill.unitId) });
  if (!bill.pdfKey) throw new AppError("conflict", "This bill's PDF is not ready yet; try again shortly.");
  const url = await signedBillPdfUrl(bill.pdfKey, `bill-${bill.unitNumber}-${bill.period}.pdf`);
  return { url, expiresInSeconds: BILL_PDF_URL_TTL_SECONDS };
}
