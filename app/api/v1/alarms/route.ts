import { listAlarmsQuerySchema } from "@/lib/domain/alarm";
import { apiRoute, json } from "@/server/http/route";
import { listAlarms } from "@/server/services/alarms/list-alarms";

export const GET = apiRoute(
  { query: listAlarmsQuerySchema, capability: "alarm.read" },
  async ({ actor, query }) => json(await listAlarms(actor, query)),
);
