import { stayOperations } from "@/server/http/openapi/resources/stays";
import { apiRoute, json } from "@/server/http/route";
import { reviewIdDocuments } from "@/server/services/checkin/review-id-documents";

export const POST = apiRoute(stayOperations.reviewIdDocuments, async ({ actor, params, body }) =>
  json({ reservation: await reviewIdDocuments(actor, params.id, body) }),
);
