import { stayOperations } from "@/server/http/openapi/resources/stays";
import { apiRoute, json } from "@/server/http/route";
import { requestStayTime } from "@/server/services/stays/request-stay-time";

export const POST = apiRoute(stayOperations.requestStayTime, async ({ actor, params, body }) =>
  json(await requestStayTime(actor, params.id, body), 201),
);
