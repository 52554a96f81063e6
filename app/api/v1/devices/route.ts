import { listDevicesQuerySchema, registerDeviceBodySchema } from "@/lib/domain/device-api";
import { apiRoute, json } from "@/server/http/route";
import { listDevicesForActor } from "@/server/services/list-devices";
import { registerDeviceForActor } from "@/server/services/register-device";

export const GET = apiRoute(
  { query: listDevicesQuerySchema, capability: "device.read" },
  async ({ actor, query }) => json(await listDevicesForActor(actor, query)),
);

export const POST = apiRoute(
  { body: registerDeviceBodySchema, capability: "device.manage" },
  async ({ actor, body }) => json({ device: await registerDeviceForActor(actor, body) }, 201),
);
