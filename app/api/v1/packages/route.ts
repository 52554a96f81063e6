import { packageOperations } from "@/server/http/openapi/resources/packages";
import { apiRoute, json } from "@/server/http/route";
import { listPackages } from "@/server/services/packages/list-packages";
import { logPackage } from "@/server/services/packages/log-package";

export const GET = apiRoute(packageOperations.listPackages, async ({ actor, query }) =>
  json(await listPackages(actor, query)),
);

export const POST = apiRoute(packageOperations.logPackage, async ({ actor, body }) =>
  json(await logPackage(actor, body), 201),
);
