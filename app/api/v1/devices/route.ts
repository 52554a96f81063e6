import { listDevicesQuerySchema } from "@/lib/domain/device-api";
import { apiRoute, json } from "@/server/http/route";
import { listDevices as listDevicesForActor } from "@/server/services/devices/list-devices";

export const GET = apiRoute(
  { query: listDevicesQuerySchema, capability: "device.read" },
  async ({ actor, query }) => json(await listDevicesForActor(actor, query)),
);
