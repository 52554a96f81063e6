import "server-only";
import { GetObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { BILL_PDF_URL_TTL_SECONDS } from "@/lib/domain/billing";
import { bucketName, s3 } from "./s3-client";

/**
 * Bills' PDFs: private objects under the building, keyed by the bill (re-rendering the same bill overwrites the
 * same object), read only through short-lived signed GETs the bill's service signs after checking who asks.
 */
export const billPdfKey = (buildingId: string, period: string, billId: string) =>
  `buildings/${buildingId}/bills/${period}/${billId}.pdf`;

export async function storeBillPdf(key: string, bytes: Uint8Array): Promise<void> {
  await s3().send(
    new PutObjectCommand({
      Bucket: bucketName(),
      Key: key,
      Body: bytes,
      ContentType: "application/pdf",
      ContentLength: bytes.byteLength,
    }),
  );
}

/** A signed GET that downloads as `filename`, valid for BILL_PDF_URL_TTL_SECONDS. */
export async function signedBillPdfUrl(key: string, filename: string): Promise<string> {
  return getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: bucketName(),
      Key: key,
      ResponseContentType: "application/pdf",
      ResponseContentDisposition: `attachment; filename="${filename.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
    }),
    { expiresIn: BILL_PDF_URL_TTL_SECONDS },
  );
}
