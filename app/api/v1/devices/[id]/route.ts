import { deviceIdParamsSchema, updateDeviceBodySchema } from "@/lib/domain/device-api";
import { apiRoute, json } from "@/server/http/route";
import { getDeviceForActor } from "@/server/services/get-device";
import { retireDeviceForActor } from "@/server/services/retire-device";
import { updateRegistryDeviceForActor } from "@/server/services/update-registry-device";

export const GET = apiRoute(
  { params: deviceIdParamsSchema, capability: "device.read" },
  async ({ actor, params }) => json(await getDeviceForActor(actor, params.id)),
);

export const PATCH = apiRoute(
  { params: deviceIdParamsSchema, body: updateDeviceBodySchema, capability: "device.manage" },
  async ({ actor, params, body }) =>
    json({ device: await updateRegistryDeviceForActor(actor, params.id, body) }),
);

/** Retires the device (its record and history stay; it takes no more commands; its address is freed). */
export const DELETE = apiRoute(
  { params: deviceIdParamsSchema, capability: "device.manage" },
  async ({ actor, params }) => json({ device: await retireDeviceForActor(actor, params.id) }),
);
