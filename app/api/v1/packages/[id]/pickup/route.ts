import { packageOperations } from "@/server/http/openapi/resources/packages";
import { apiRoute, json } from "@/server/http/route";
import { pickUpPackage } from "@/server/services/packages/pick-up-package";

export const POST = apiRoute(packageOperations.pickUpPackage, async ({ actor, params, body }) =>
  json(await pickUpPackage(actor, params.id, body)),
);
