import "server-only";
import { type AccessLogDTO, toAccessLogDTO } from "@/lib/domain/access-log";
import { type DeviceDTO, type DoorCodeDTO, toDeviceDTO, toDoorCodeDTO } from "@/lib/domain/device";
import { type DeviceCommandDTO, toDeviceCommandDTO } from "@/lib/domain/device-command";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAccessLogsByDevice } from "../../db/access-logs";
import { listCommandsByDevice } from "../../db/device-commands";
import { listDoorCodes } from "../../db/door-codes";
import { loadDeviceFor } from "./device-access";

export type DeviceDetail = {
  device: DeviceDTO;
  /** newest first */
  commands: DeviceCommandDTO[];
  /** newest first; empty for roles that may not read access logs (guests) */
  accessLogs: AccessLogDTO[];
  /** locks only; never the PINs. Guests see only their own stay's codes. */
  doorCodes: DoorCodeDTO[];
};

export const RECENT_COMMANDS = 20;
export const RECENT_ACCESS = 20;

/** One device with its recent commands, door events and door codes, for the device page and `GET /devices/{id}`. */
export async function getDevice(actor: Actor, deviceId: string): Promise<DeviceDetail> {
  const device = await loadDeviceFor(actor, deviceId, "device.read");
  const b = { buildingId: actor.buildingId, deviceId };
  const [commands, logs, codes] = await Promise.all([
    listCommandsByDevice({ ...b, limit: RECENT_COMMANDS }),
    can(actor, "accessLog.read") ? listAccessLogsByDevice({ ...b, limit: RECENT_ACCESS }) : { items: [] },
    device.type === "lock" ? listDoorCodes({ ...b, limit: 200 }) : { items: [] },
  ]);
  const visibleCodes =
    actor.role === "guest" ? codes.items.filter((c) => c.reservationId === actor.reservationId) : codes.items;
  const visibleCommands =
    actor.role === "guest" ? commands.items.filter((c) => c.issuedBy.id === actor.id) : commands.items;
  return {
    device: toDeviceDTO(device),
    commands: visibleCommands.map(toDeviceCommandDTO),
    accessLogs: logs.items.map(toAccessLogDTO),
    doorCodes: visibleCodes.filter((c) => c.status !== "deleted").map(toDoorCodeDTO),
  };
}
