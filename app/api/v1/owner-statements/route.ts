import { listOwnerStatementsQuerySchema } from "@/lib/domain/owner-statement";
import { apiRoute, json } from "@/server/http/route";
import { listOwnerStatements } from "@/server/services/owner-statements/list-owner-statements";

export const GET = apiRoute(
  { query: listOwnerStatementsQuerySchema, capability: "ownerStatement.read" },
  async ({ actor, query }) => json(await listOwnerStatements(actor, query)),
);
