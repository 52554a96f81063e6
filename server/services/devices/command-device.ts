import "server-only";
import { type Device, isRetired } from "@/lib/domain/device";
import {
  type DeviceAction,
  type DeviceCommandDTO,
  deleteCodeParamsSchema,
  LOCK_ACTIONS,
  setCodeParamsSchema,
  toDeviceCommandDTO,
  VALVE_ACTIONS,
} from "@/lib/domain/device-command";
import { doorCodeWindow } from "@/lib/domain/door-window";
import { guestMayUseDoor } from "@/lib/domain/guest-door-access";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { fieldErrors } from "@/lib/validation";
import { getBuilding } from "../../db/buildings";
import { findReservation } from "../../db/reservations";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { sendCommand } from "../../mqtt/send-command";
import { requireFeature } from "../building/require-feature";
import { actorRef } from "../tickets/ticket-access";
import { loadDeviceFor } from "./device-access";
import { loadGuestDoor } from "./guest-doors";

export type CommandDeviceInput = { deviceId: string; action: DeviceAction; params?: Record<string, unknown> };

/**
 * Sends a command to a device and, with `wait` (the default), resolves once it has ended: acknowledged,
 * rejected, failed, timed_out or unreachable (SPEC's MQTT contract). Without `wait` it resolves with the
 * pending command at once; the outcome arrives as a live update.
 *
 * Who may: staff and managers any device of the building; residents their units' locks; guests only `unlock`
 * of their stay's doors (the unit's lock and the shared doors its code opens) while the stay lasts, where the
 * building lets guests unlock from the app (`doorCode.guestAppUnlock`). The command names its issuer, so the
 * audit trail attributes a guest's unlock to the guest.
 */
export async function commandDevice(
  actor: Actor,
  input: CommandDeviceInput,
  /** `bridge`: the MQTT connection to use (tests run several instances in one process); default this process's */
  opts: { wait?: boolean; bridge?: MqttBridge | null } = {},
): Promise<DeviceCommandDTO> {
  await requireFeature(actor.buildingId, "deviceControl");
  // a guest's doors are the stay's: its unit's lock and the shared doors its code opens
  const device =
    actor.role === "guest"
      ? await loadGuestDoor(actor, input.deviceId)
      : await loadDeviceFor(actor, input.deviceId, "device.command");
  if (isRetired(device))
    throw new AppError("conflict", "This device has been retired and no longer takes commands.");
  const params = checkParams(device, input.action, input.params ?? {});
  await checkActorMayCommand(actor, device, input.action);
  const command = await sendCommand(
    opts.bridge === undefined ? mqttBridge() : opts.bridge,
    { device, action: input.action, params, issuedBy: actorRef(actor) },
    { wait: opts.wait ?? true },
  );
  return toDeviceCommandDTO(command);
}

function checkParams(device: Device, action: DeviceAction, params: Record<string, unknown>) {
  if ((LOCK_ACTIONS as readonly string[]).includes(action) && device.type !== "lock") {
    throw new AppError("validation", `A ${device.type} does not accept "${action}".`, {
      fields: { action: ["Only locks accept this action"] },
    });
  }
  if ((VALVE_ACTIONS as readonly string[]).includes(action) && device.type !== "valve") {
    throw new AppError("validation", `A ${device.type} does not accept "${action}".`, {
      fields: { action: ["Only valves accept this action"] },
    });
  }
  const schema =
    action === "set_code" ? setCodeParamsSchema : action === "delete_code" ? deleteCodeParamsSchema : null;
  if (!schema) return {};
  const parsed = schema.safeParse(params);
  if (!parsed.success) {
    const fields = Object.fromEntries(
      Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [`params.${k}`, v]),
    );
    throw new AppError("validation", "The command's parameters are not valid.", { fields });
  }
  return parsed.data as Record<string, unknown>;
}

/**
 * Residents: locks only. Guests: unlock their door, during the stay only and when the building's guest rule allows
 * it (`guestMayUseDoor`). Staff and managers: anything.
 */
async function checkActorMayCommand(actor: Actor, device: Device, action: DeviceAction) {
  if (actor.role === "staff" || actor.role === "manager") return;
  if (device.type !== "lock") throw new AppError("forbidden", "You can only command your doors' locks.");
  if (actor.role === "resident") {
    if (action === "set_code" || action === "delete_code") {
      throw new AppError("forbidden", "Door codes are managed by the building.");
    }
    return;
  }
  if (action !== "unlock") throw new AppError("forbidden", "Guests can only unlock their door.");
  const r = actor.reservationId
    ? await findReservation({ buildingId: actor.buildingId, reservationId: actor.reservationId })
    : null;
  const building = await getBuilding({ buildingId: actor.buildingId });
  // the building's one guest rule (by default: only once check-in is complete), as for the PIN
  if (!r || !guestMayUseDoor(r, building.config) || !building.config.doorCode.guestAppUnlock) {
    throw new AppError("forbidden", "Your stay does not allow opening this door.");
  }
  const w = r.doorAccess ?? doorCodeWindow(r, building);
  const now = new Date().toISOString();
  if (now < w.validFrom || now > w.validUntil) {
    throw new AppError("forbidden", "The door opens for you only during your stay.");
  }
}
