import { deviceIdParamsSchema } from "@/lib/domain/device-api";
import { apiRoute, json } from "@/server/http/route";
import { getDevice as getDeviceForActor } from "@/server/services/devices/get-device";

export const GET = apiRoute(
  { params: deviceIdParamsSchema, capability: "device.read" },
  async ({ actor, params }) => json(await getDeviceForActor(actor, params.id)),
);
