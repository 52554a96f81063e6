import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import { clearAlarm } from "@/server/services/alarms/act-on-alarm";

export const POST = apiRoute(alarmOperations.clearAlarm, async ({ actor, params, body }) =>
  json({ alarm: await clearAlarm(actor, { alarmId: params.id, ...body }) }),
);
