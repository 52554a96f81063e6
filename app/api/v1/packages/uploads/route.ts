import { packageOperations } from "@/server/http/openapi/resources/packages";
import { apiRoute, json } from "@/server/http/route";
import { presignPackageUpload } from "@/server/services/packages/create-package-upload";

export const POST = apiRoute(packageOperations.createPackageUpload, async ({ actor, body }) =>
  json({ upload: await presignPackageUpload(actor, body) }, 201),
);
