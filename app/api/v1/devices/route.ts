import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { listDevicesForActor } from "@/server/services/list-devices";

export const GET = apiRoute(deviceOperations.listDevices, async ({ actor, query }) =>
  json(await listDevicesForActor(actor, query)),
);
