import { packageIdParamsSchema, pickupPackageInputSchema } from "@/lib/domain/package";
import { apiRoute, json } from "@/server/http/route";
import { pickUpPackage } from "@/server/services/packages/pick-up-package";

export const POST = apiRoute(
  { params: packageIdParamsSchema, body: pickupPackageInputSchema, capability: "package.manage" },
  async ({ actor, params, body }) => json(await pickUpPackage(actor, params.id, body)),
);
