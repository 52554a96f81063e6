import { checkinOperations } from "@/server/http/openapi/resources/checkin";
import { apiRoute, json } from "@/server/http/route";
import { presignIdDocument } from "@/server/services/checkin/presign-id-document";

export const POST = apiRoute(checkinOperations.presignIdDocument, async ({ actor, body }) =>
  json({ upload: await presignIdDocument(actor, body) }),
);
