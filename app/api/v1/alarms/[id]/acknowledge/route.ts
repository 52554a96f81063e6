import { alarmOperations } from "@/server/http/openapi/resources/alarms";
import { apiRoute, json } from "@/server/http/route";
import { acknowledgeAlarm } from "@/server/services/alarms/act-on-alarm";

export const POST = apiRoute(alarmOperations.acknowledgeAlarm, async ({ actor, params, body }) =>
  json({ alarm: await acknowledgeAlarm(actor, { alarmId: params.id, ...body }) }),
);
