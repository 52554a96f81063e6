import { passOperations } from "@/server/http/openapi/resources/passes";
import { apiRoute, json } from "@/server/http/route";
import { issuePass } from "@/server/services/passes/issue-pass";
import { listPasses } from "@/server/services/passes/list-passes";

export const GET = apiRoute(passOperations.listPasses, async ({ actor, query }) =>
  json(await listPasses(actor, query)),
);

export const POST = apiRoute(passOperations.issuePass, async ({ actor, body }) =>
  json(await issuePass(actor, body), 201),
);
