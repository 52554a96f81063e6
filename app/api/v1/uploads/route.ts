import { uploadOperations } from "@/server/http/openapi/resources/uploads";
import { apiRoute, json } from "@/server/http/route";
import { createUploadForActor } from "@/server/services/create-upload";

export const POST = apiRoute(uploadOperations.createUpload, async ({ actor, body }) =>
  json({ upload: await createUploadForActor(actor, body) }, 201),
);
