import { createUploadInputSchema } from "@/lib/domain/upload";
import { apiRoute, json } from "@/server/http/route";
import { createUpload as createUploadForActor } from "@/server/services/uploads/create-upload";

export const POST = apiRoute(
  { body: createUploadInputSchema, capability: "ticket.comment" },
  async ({ actor, body }) => json({ upload: await createUploadForActor(actor, body) }, 201),
);
