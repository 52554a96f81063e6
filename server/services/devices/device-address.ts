import "server-only";
import {
  type DeviceProtocol,
  deviceAddressSchemas,
  type ProtocolAddress,
} from "@/lib/domain/device-protocol";
import { AppError } from "@/lib/errors";
import { config } from "../../config";

/**
 * A device's protocol and address as the registry stores them: the address checked against its protocol's shape
 * (defaults filled in), a Zigbee2MQTT base topic the app listens under. 422 naming the field otherwise.
 */
export function checkDeviceAddress(protocol: DeviceProtocol, address: unknown): ProtocolAddress {
  const parsed = deviceAddressSchemas[protocol].safeParse(address ?? {});
  if (!parsed.success) {
    const fields: Record<string, string[]> = {};
    for (const i of parsed.error.issues) {
      const f = ["address", ...i.path.map(String)].join(".");
      fields[f] = [...(fields[f] ?? []), i.message];
    }
    throw new AppError("validation", `The address does not fit the ${protocol} protocol.`, { fields });
  }
  if (protocol === "zigbee2mqtt") {
    const bases = config().MQTT_ZIGBEE2MQTT_BASE_TOPICS.split(",");
    const base = (parsed.data as { baseTopic: string }).baseTopic;
    if (!bases.includes(base))
      throw new AppError("validation", "The app does not listen under this Zigbee2MQTT base topic.", {
        fields: { "address.baseTopic": [`Use one of: ${bases.join(", ")} (MQTT_ZIGBEE2MQTT_BASE_TOPICS)`] },
      });
  }
  if (protocol === "zwave-js-ui") {
    const prefixes = config().MQTT_ZWAVE_JS_UI_PREFIXES.split(",");
    const prefix = (parsed.data as { prefix: string }).prefix;
    if (!prefixes.includes(prefix))
      throw new AppError("validation", "The app does not listen under this Z-Wave JS UI prefix.", {
        fields: { "address.prefix": [`Use one of: ${prefixes.join(", ")} (MQTT_ZWAVE_JS_UI_PREFIXES)`] },
      });
  }
  return { protocol, address: parsed.data } as ProtocolAddress;
}
