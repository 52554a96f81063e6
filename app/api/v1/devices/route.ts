import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { listDevices } from "@/server/services/devices/list-devices";

export const GET = apiRoute(deviceOperations.listDevices, async ({ actor, query }) =>
  json(await listDevices(actor, query)),
);
