import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { getDevice } from "@/server/services/devices/get-device";

export const GET = apiRoute(deviceOperations.getDevice, async ({ actor, params }) =>
  json(await getDevice(actor, params.id)),
);
