import { stayOperations } from "@/server/http/openapi/resources/stays";
import { apiRoute, json } from "@/server/http/route";
import { decideStayTime } from "@/server/services/stays/decide-stay-time";

export const POST = apiRoute(stayOperations.decideStayTime, async ({ actor, params, body }) =>
  json(await decideStayTime(actor, params.id, params.kind, body)),
);
