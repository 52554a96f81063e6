import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { getDeviceForActor } from "@/server/services/get-device";

export const GET = apiRoute(deviceOperations.getDevice, async ({ actor, params }) =>
  json(await getDeviceForActor(actor, params.id)),
);
