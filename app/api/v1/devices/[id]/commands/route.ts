import { commandQuerySchema, deviceIdParamsSchema } from "@/lib/domain/device-api";
import { issueCommandInputSchema } from "@/lib/domain/device-command";
import { apiRoute, json } from "@/server/http/route";
import { commandDevice } from "@/server/services/devices/command-device";

/** 200 with the command once it has ended (SPEC); `?wait=false` answers 202 with the pending command at once. */
export const POST = apiRoute(
  {
    params: deviceIdParamsSchema,
    query: commandQuerySchema,
    body: issueCommandInputSchema,
    capability: "device.command",
  },
  async ({ actor, params, query, body }) => {
    const command = await commandDevice(
      actor,
      { deviceId: params.id, action: body.action, params: body.params },
      { wait: query.wait },
    );
    return json({ command }, query.wait ? 200 : 202);
  },
);
