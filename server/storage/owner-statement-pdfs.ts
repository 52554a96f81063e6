import "server-only";

/**
 * Owner statements' PDFs: private objects under the building, one per unit and month (rendered again on each
 * download, since a statement follows the stays), read only through short-lived signed GETs
 * (bill-pdfs.ts `signedBillPdfUrl`, the same private bucket and lifetime).
 */
export const ownerStatementPdfKey = (buildingId: string, period: string, unitId: string) =>
  `buildings/${buildingId}/owner-statements/${period}/${unitId}.pdf`;

export { signedBillPdfUrl as signedStatementPdfUrl, storeBillPdf as storeStatementPdf } from "./bill-pdfs";
