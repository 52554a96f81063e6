import { uploadOperations } from "@/server/http/openapi/resources/uploads";
import { apiRoute, json } from "@/server/http/route";
import { createUpload } from "@/server/services/uploads/create-upload";

export const POST = apiRoute(uploadOperations.createUpload, async ({ actor, body }) =>
  json({ upload: await createUpload(actor, body) }, 201),
);
