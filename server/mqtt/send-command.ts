import "server-only";
import type { ActorRef } from "@/lib/domain/common";
import type { Device } from "@/lib/domain/device";
import { type DeviceAction, type DeviceCommand, toDeviceCommandDTO } from "@/lib/domain/device-command";
import { newId } from "@/lib/domain/ids";
import { config } from "../config";
import { createCommand, findCommand, finishCommand } from "../db/device-commands";
import { publishLiveUpdate } from "../live/live-updates";
import { logger } from "../logger";
import { trackCommand } from "../runtime/draining";
import type { MqttBridge } from "./bridge";
import { commandEnded } from "./command-outcome";

/** Ack timeout: `COMMAND_TIMEOUT_MS` env, else the contract's default (5 s). */
export function commandTimeoutMs(): number {
  return config().COMMAND_TIMEOUT_MS;
}

/** While waiting, the stored command is also read this often: another instance may have ended it. */
const POLL_MS = 1_000;

export type SendCommandInput = {
  device: Device;
  action: DeviceAction;
  params: Record<string, unknown>;
  issuedBy: ActorRef;
  missionId?: string | null;
  timeoutMs?: number;
};

/**
 * Stores the command, publishes it (QoS 1) and, with `wait`, resolves once it has ended. A device the registry
 * says is offline, or a broker this instance cannot reach, ends the command as `unreachable` at once (stored,
 * never queued silently). Otherwise the ack handler, the deadline or another instance ends it.
 * While the process shuts down it refuses with `unavailable` (503) before storing anything; a command already
 * under way is waited for by the shutdown (runtime/draining.ts).
 */
export function sendCommand(
  bridge: MqttBridge | null,
  input: SendCommandInput,
  opts: { wait?: boolean } = {},
): Promise<DeviceCommand> {
  return trackCommand(() => send(bridge, input, opts));
}

async function send(
  bridge: MqttBridge | null,
  input: SendCommandInput,
  { wait = true }: { wait?: boolean },
): Promise<DeviceCommand> {
  const now = new Date();
  const timeoutMs = input.timeoutMs ?? commandTimeoutMs();
  const base: DeviceCommand = {
    id: newId(),
    buildingId: input.device.buildingId,
    deviceId: input.device.id,
    action: input.action,
    params: input.params,
    issuedBy: input.issuedBy,
    missionId: input.missionId ?? null,
    status: "pending",
    reason: null,
    resultState: null,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + timeoutMs).toISOString(),
    endedAt: null,
  };
  const refusal = !bridge?.connected
    ? "The building's device network (MQTT broker) is not reachable right now; nothing was sent."
    : !input.device.online
      ? `${input.device.name} is offline; nothing was sent.`
      : null;
  if (refusal) {
    const c: DeviceCommand = { ...base, status: "unreachable", reason: refusal, endedAt: base.issuedAt };
    await createCommand({ command: c });
    await commandEnded(c);
    return c;
  }
  const live = bridge as MqttBridge;
  // a hardware dialect may need more (a PIN slot), or know that the device cannot do it (a relay has no keypad)
  const prepared = await live.dialects.prepare(input.device, base);
  if ("ended" in prepared) {
    const c: DeviceCommand = {
      ...base,
      status: prepared.ended,
      reason: prepared.reason,
      endedAt: base.issuedAt,
    };
    await createCommand({ command: c });
    await commandEnded(c);
    return c;
  }
  base.params = prepared.params;
  await createCommand({ command: base });
  publishLiveUpdate(base.buildingId, { type: "command", command: toDeviceCommandDTO(base) });
  // listen before publishing: an ack on loopback can beat the publish callback
  const outcome = wait ? waitForEnd(live, base) : null;
  try {
    await live.publishCommand(base, input.device);
  } catch (e) {
    logger.warn("command publish failed", { commandId: base.id, error: String(e) });
    const ended = await finishCommand({
      ...ref(base),
      status: "unreachable",
      reason: "The command could not be handed to the broker; nothing was sent.",
    });
    if (ended) {
      live.waiters.resolve(ended);
      await commandEnded(ended);
    }
  }
  return outcome ? await outcome : ((await findCommand(ref(base))) ?? base);
}

const ref = (c: DeviceCommand) => ({ buildingId: c.buildingId, deviceId: c.deviceId, commandId: c.id });

async function waitForEnd(bridge: MqttBridge, c: DeviceCommand): Promise<DeviceCommand> {
  const deadline = Date.parse(c.expiresAt);
  for (;;) {
    const left = deadline - Date.now();
    const got = await bridge.waiters.wait(c.id, Math.min(POLL_MS, Math.max(0, left)));
    if (got) return got;
    const stored = await findCommand(ref(c));
    if (stored && stored.status !== "pending") return stored;
    if (Date.now() >= deadline) break;
  }
  const ended = await finishCommand({
    ...ref(c),
    status: "timed_out",
    reason: "The device did not acknowledge in time.",
  });
  if (ended) {
    await commandEnded(ended);
    return ended;
  }
  return (await findCommand(ref(c))) ?? c;
}
