import "server-only";
import { type Device, toDeviceDTO } from "@/lib/domain/device";
import { config } from "../../config";

/** The MQTT contract's topic base of one device (SPEC): `{prefix}/{b}/devices/{d}`, followed by `/state`, `/commands`… */
export function deviceTopicBase(buildingId: string, deviceId: string): string {
  return `${config().MQTT_TOPIC_PREFIX}/${buildingId}/devices/${deviceId}`;
}

/** What the manager's registry shows of a device: its record (no secrets in it) and where it talks. */
export function toRegistryDevice(d: Device) {
  // the list's DTO less the live state (the registry is about the device, not what it reports)
  const { state: _state, ...device } = toDeviceDTO(d);
  return {
    ...device,
    retiredAt: d.retiredAt ?? null,
    createdAt: d.createdAt,
    topicBase: deviceTopicBase(d.buildingId, d.id),
  };
}
export type RegistryDevice = ReturnType<typeof toRegistryDevice>;
