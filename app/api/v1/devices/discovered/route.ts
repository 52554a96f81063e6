import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { listDiscoveredDevices } from "@/server/services/discovery/list-discovered-devices";

export const GET = apiRoute(deviceOperations.getDiscoveredDevices, async ({ actor }) =>
  json({ devices: await listDiscoveredDevices(actor) }),
);
