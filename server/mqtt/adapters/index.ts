import "server-only";
import { type Device, protocolOf } from "@/lib/domain/device";
import type { DeviceCommand } from "@/lib/domain/device-command";
import { Discovery } from "./discovery";
import { ShellyAdapter } from "./shelly";
import type { DialectAdapter, Inbound, Prepared } from "./types";
import { Zigbee2mqttAdapter } from "./zigbee2mqtt";
import { ZwaveJsUiAdapter } from "./zwave-js-ui";

export type { Inbound, NativeMessage, Prepared, Publish } from "./types";

/** The hardware dialects one bridge speaks (the native contract is the bridge's own). */
export class DialectAdapters {
  private readonly list: DialectAdapter[];
  /** what the bridges announce (the manager's discovery page) */
  readonly discovery = new Discovery();

  /** `src`: this instance's own name, where Shelly devices answer its RPC requests */
  constructor(src: string) {
    this.list = [
      new Zigbee2mqttAdapter(this.discovery),
      new ShellyAdapter(src, this.discovery),
      new ZwaveJsUiAdapter(),
    ];
  }

  /** The adapter a device is commanded through; null for the native contract. */
  for(device: Pick<Device, "protocol">): DialectAdapter | null {
    const p = protocolOf(device);
    return p === "buildingos" ? null : (this.list.find((a) => a.protocol === p) ?? null);
  }

  subscriptions(): string[] {
    return this.list.flatMap((a) => a.subscriptions());
  }

  /** What a message on a dialect's topic means, or null when no dialect owns the topic. */
  async inbound(topic: string, payload: Buffer, retained: boolean): Promise<Inbound[] | null> {
    for (const a of this.list) {
      const got = await a.inbound(topic, payload, retained);
      if (got) return got;
    }
    return null;
  }

  async prepare(device: Device, c: DeviceCommand): Promise<Prepared> {
    return (await this.for(device)?.prepare(device, c)) ?? { params: c.params };
  }
}
