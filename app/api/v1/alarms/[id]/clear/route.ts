import { alarmIdParamsSchema, alarmNoteInputSchema } from "@/lib/domain/alarm";
import { apiRoute, json } from "@/server/http/route";
import { clearAlarm } from "@/server/services/alarms/clear-alarm";

export const POST = apiRoute(
  { params: alarmIdParamsSchema, body: alarmNoteInputSchema, capability: "alarm.manage" },
  async ({ actor, params, body }) =>
    json({ alarm: await clearAlarm(actor, { alarmId: params.id, ...body }) }),
);
