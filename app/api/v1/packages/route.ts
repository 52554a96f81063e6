import { logPackageInputSchema, packageListQuerySchema } from "@/lib/domain/package";
import { apiRoute, json } from "@/server/http/route";
import { listPackages } from "@/server/services/packages/list-packages";
import { logPackage } from "@/server/services/packages/log-package";

export const GET = apiRoute(
  { query: packageListQuerySchema, capability: "package.read" },
  async ({ actor, query }) => json(await listPackages(actor, query)),
);

export const POST = apiRoute(
  { body: logPackageInputSchema, capability: "package.manage" },
  async ({ actor, body }) => json(await logPackage(actor, body), 201),
);
