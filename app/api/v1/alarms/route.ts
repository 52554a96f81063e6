import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import { listAlarms } from "@/server/services/alarms/list-alarms";

export const GET = apiRoute(alarmOperations.listAlarms, async ({ actor, query }) =>
  json(await listAlarms(actor, query)),
);
