import { alarmIdParamsSchema, alarmNoteInputSchema } from "@/lib/domain/alarm";
import { apiRoute, json } from "@/server/http/route";
import { acknowledgeAlarm } from "@/server/services/alarms/acknowledge-alarm";

export const POST = apiRoute(
  { params: alarmIdParamsSchema, body: alarmNoteInputSchema, capability: "alarm.manage" },
  async ({ actor, params, body }) =>
    json({ alarm: await acknowledgeAlarm(actor, { alarmId: params.id, ...body }) }),
);
