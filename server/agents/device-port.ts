import "server-only";
import type { Actor } from "@/lib/roles";

/**
 * What the director needs from device control: one command, sent as an actor, answered with its outcome.
 * TODO(merge): wire `commandDevice(actor, { deviceId, action, params })` from server/services/command-device.ts
 * (the devices branch) into `setDevicePort` at start-up, or replace `unwiredDevicePort` with it. Until then every
 * device step ends `unreachable`, and the mission fails visibly rather than pretending a door opened.
 */
export type DeviceCommandRequest = { deviceId: string; action: string; params: Record<string, unknown> };
export type DeviceCommandOutcome = {
  status: "acknowledged" | "rejected" | "failed" | "timed_out" | "unreachable" | "pending";
  commandId?: string;
  reason?: string;
};
export type DevicePort = (actor: Actor, req: DeviceCommandRequest) => Promise<DeviceCommandOutcome>;

const unwiredDevicePort: DevicePort = async () => ({
  status: "unreachable",
  reason: "Device control is not connected in this build.",
});

const holder = globalThis as typeof globalThis & { __buildingosDevicePort?: DevicePort };

export function devicePort(): DevicePort {
  return holder.__buildingosDevicePort ?? unwiredDevicePort;
}

/** Start-up wiring, and tests (with a test double named as such). */
export function setDevicePort(port: DevicePort | undefined) {
  holder.__buildingosDevicePort = port;
}
