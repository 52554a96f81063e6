import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { listDevices } from "@/server/services/devices/list-devices";
import { registerDevice } from "@/server/services/devices/register-device";

export const GET = apiRoute(deviceOperations.listDevices, async ({ actor, query }) =>
  json(await listDevices(actor, query)),
);

export const POST = apiRoute(deviceOperations.registerDevice, async ({ actor, body }) =>
  json({ device: await registerDevice(actor, body) }, 201),
);
