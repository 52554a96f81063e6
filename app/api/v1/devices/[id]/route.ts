import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { getDevice } from "@/server/services/devices/get-device";
import { retireDevice } from "@/server/services/devices/retire-device";
import { updateRegistryDevice } from "@/server/services/devices/update-registry-device";

export const GET = apiRoute(deviceOperations.getDevice, async ({ actor, params }) =>
  json(await getDevice(actor, params.id)),
);

export const PATCH = apiRoute(deviceOperations.updateDevice, async ({ actor, params, body }) =>
  json({ device: await updateRegistryDevice(actor, params.id, body) }),
);

/** Retires the device (its record and history stay; it takes no more commands; its address is freed). */
export const DELETE = apiRoute(deviceOperations.retireDevice, async ({ actor, params }) =>
  json({ device: await retireDevice(actor, params.id) }),
);
