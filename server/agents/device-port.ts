import "server-only";
import { DEVICE_ACTIONS } from "@/lib/domain/device-command";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { commandDevice } from "../services/devices/command-device";

/**
 * What the director needs from device control: one command, sent as an actor, answered with its outcome.
 * The default goes through `commandDevice` (the same rights checks, MQTT contract and audit as a person's
 * command); a refusal by those checks comes back as `rejected` with its message, never as an exception.
 */
export type DeviceCommandRequest = { deviceId: string; action: string; params: Record<string, unknown> };
export type DeviceCommandOutcome = {
  status: "acknowledged" | "rejected" | "failed" | "timed_out" | "unreachable" | "pending";
  commandId?: string;
  reason?: string;
};
export type DevicePort = (actor: Actor, req: DeviceCommandRequest) => Promise<DeviceCommandOutcome>;

const commandDevicePort: DevicePort = async (actor, req) => {
  const action = DEVICE_ACTIONS.find((a) => a === req.action);
  if (!action) return { status: "rejected", reason: `Unknown device action "${req.action}".` };
  try {
    const command = await commandDevice(actor, { deviceId: req.deviceId, action, params: req.params });
    return { status: command.status, commandId: command.id, reason: command.reason ?? undefined };
  } catch (e) {
    if (e instanceof AppError) {
      return { status: e.code === "unavailable" ? "unreachable" : "rejected", reason: e.message };
    }
    throw e;
  }
};

const holder = globalThis as typeof globalThis & { __buildingosDevicePort?: DevicePort };

export function devicePort(): DevicePort {
  return holder.__buildingosDevicePort ?? commandDevicePort;
}

/** Start-up wiring, and tests (with a test double named as such). */
export function setDevicePort(port: DevicePort | undefined) {
  holder.__buildingosDevicePort = port;
}
