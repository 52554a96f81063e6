import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { recordIdDocument } from "@/server/services/checkin/record-id-document";

export const POST = apiRoute(checkinOperations.recordIdDocument, async ({ actor, body }) =>
  json({ checkin: await recordIdDocument(actor, body) }),
);
