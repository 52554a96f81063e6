import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { getIdDocumentLinks } from "@/server/services/checkin/get-id-document-links";

export const GET = apiRoute(checkinOperations.getIdDocumentLinks, async ({ actor, params }) =>
  json({ documents: await getIdDocumentLinks(actor, params.id) }),
);
