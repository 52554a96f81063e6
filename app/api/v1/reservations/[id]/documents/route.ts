import { idParamsSchema } from "@/lib/domain/reservation-api";
import { apiRoute, json } from "@/server/http/route";
import { getIdDocumentLinks } from "@/server/services/checkin/get-id-document-links";

export const GET = apiRoute(
  { params: idParamsSchema, capability: "reservation.checkinLink" },
  async ({ actor, params }) => json({ documents: await getIdDocumentLinks(actor, params.id) }),
);
