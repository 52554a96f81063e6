import { packageOperations } from "@/server/http/openapi/resources/packages";
import { apiRoute, json } from "@/server/http/route";
import { allowPackagePickup } from "@/server/services/packages/allow-package-pickup";

export const POST = apiRoute(packageOperations.allowPackagePickup, async ({ actor, params, body }) =>
  json(await allowPackagePickup(actor, params.id, body)),
);
