import { turnoverOperations } from "@/server/http/openapi/resources/turnovers";
import { apiRoute, json } from "@/server/http/route";
import { listTurnovers } from "@/server/services/turnovers/list-turnovers";

export const GET = apiRoute(turnoverOperations.getTurnoversOfDay, async ({ actor, query }) =>
  json({ turnovers: await listTurnovers(actor, query) }),
);
