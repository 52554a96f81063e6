import { billingOperations as ops } from "@/server/http/openapi/resources/billing";
import { apiRoute, json } from "@/server/http/route";
import { getOwnerStatementPdfLink } from "@/server/services/owner-statements/get-owner-statement-pdf-link";

export const GET = apiRoute(ops.getOwnerStatementPdf, async ({ actor, query }) => {
  const { url, expiresInSeconds } = await getOwnerStatementPdfLink(actor, query);
  return json({ url, expiresInSeconds });
});
