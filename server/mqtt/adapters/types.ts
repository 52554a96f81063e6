import "server-only";
import type { Device } from "@/lib/domain/device";
import type { AckMessage, DeviceCommand } from "@/lib/domain/device-command";
import type { DeviceProtocol } from "@/lib/domain/device-protocol";

/**
 * What a dialect's message means in the native contract (SPEC): the bridge handles each exactly as it handles the
 * native topic of that kind (same validation, storage, acks, live view, ingestion).
 */
export type NativeMessage =
  | { kind: "availability"; online: boolean }
  | { kind: "state"; json: Record<string, unknown> }
  | { kind: "acks"; json: AckMessage }
  | { kind: "events"; json: Record<string, unknown> };

export type Inbound = { buildingId: string; deviceId: string; messages: NativeMessage[] };

export type Publish = (
  topic: string,
  payload: string,
  opts: { qos: 0 | 1; retain?: boolean },
) => Promise<void>;

/**
 * Before a command is stored: its params as the dialect needs them (a PIN slot), or how it ends without being sent
 * (`rejected`: the device cannot do it, e.g. a full lock; `acknowledged`: nothing to do, e.g. deleting a code no
 * slot holds).
 */
export type Prepared =
  | { params: Record<string, unknown> }
  | { ended: "rejected" | "acknowledged"; reason: string };

export interface DialectAdapter {
  readonly protocol: Exclude<DeviceProtocol, "buildingos">;
  /** the topic filters this dialect is heard on (subscribed by every instance, QoS 1) */
  subscriptions(): string[];
  /** null: not this dialect's topic; otherwise what it means, per device (unknown addresses give nothing) */
  inbound(topic: string, payload: Buffer, retained: boolean): Promise<Inbound[] | null>;
  prepare(device: Device, command: DeviceCommand): Promise<Prepared>;
  /** publishes the command in the dialect; resolves once the broker has it */
  send(device: Device, command: DeviceCommand, publish: Publish): Promise<void>;
}
