import { presignIdDocumentInputSchema } from "@/lib/domain/checkin";
import { apiRoute, json } from "@/server/http/route";
import { presignIdDocument } from "@/server/services/checkin/presign-id-document";

export const POST = apiRoute(
  { body: presignIdDocumentInputSchema, capability: "reservation.read" },
  async ({ actor, body }) => json({ upload: await presignIdDocument(actor, body) }),
);
