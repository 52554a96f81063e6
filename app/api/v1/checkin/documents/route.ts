import { recordIdDocumentInputSchema } from "@/lib/domain/checkin";
import { apiRoute, json } from "@/server/http/route";
import { recordIdDocument } from "@/server/services/checkin/record-id-document";

export const POST = apiRoute(
  { body: recordIdDocumentInputSchema, capability: "reservation.read" },
  async ({ actor, body }) => json({ checkin: await recordIdDocument(actor, body) }),
);
