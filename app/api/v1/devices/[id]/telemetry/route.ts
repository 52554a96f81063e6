import { deviceOperations } from "@/server/http/openapi/resources/devices";
import { apiRoute, json } from "@/server/http/route";
import { getDeviceTelemetry } from "@/server/services/telemetry/get-device-telemetry";

export const GET = apiRoute(deviceOperations.getDeviceTelemetry, async ({ actor, params, query }) =>
  json(await getDeviceTelemetry(actor, params.id, query.range)),
);
