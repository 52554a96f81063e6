import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { commandDevice } from "@/server/services/devices/command-device";

/** 200 with the command once it has ended (SPEC); `?wait=false` answers 202 with the pending command at once. */
export const POST = apiRoute(deviceOperations.commandDevice, async ({ actor, params, query, body }) => {
  const command = await commandDevice(
    actor,
    { deviceId: params.id, action: body.action, params: body.params },
    { wait: query.wait },
  );
  return json({ command }, query.wait ? 200 : 202);
});
