import "server-only";
import type { DeviceType } from "@/lib/domain/device";

/** A device a bridge announces, not necessarily in the registry: what adopting it would register. */
export type Announced = {
  protocol: "zigbee2mqtt" | "shelly";
  address: Record<string, unknown>;
  /** the address key (lib/domain/device-protocol.ts `addressKey`) */
  key: string;
  name: string;
  model: string;
  type: DeviceType;
  capabilities: string[];
  seenAt: string;
};

type Z2mDevice = {
  friendly_name?: unknown;
  type?: unknown;
  supported?: unknown;
  definition?: { model?: unknown; vendor?: unknown; exposes?: unknown } | null;
};

/** every property an `exposes` entry names (composite and specific entries carry `features`) */
function exposedNames(exposes: unknown): string[] {
  const out = new Set<string>();
  const walk = (e: unknown) => {
    if (!e || typeof e !== "object") return;
    const x = e as { property?: unknown; type?: unknown; features?: unknown };
    if (typeof x.property === "string") out.add(x.property);
    else if (x.type === "lock") out.add("lock");
    if (Array.isArray(x.features)) x.features.forEach(walk);
  };
  if (Array.isArray(exposes)) exposes.forEach(walk);
  return [...out];
}

/**
 * What the bridges announce, kept per instance: Zigbee2MQTT's retained `{base}/bridge/devices` (every paired
 * device, with its definition and exposes) and Shelly devices saying `online` at a prefix no device is registered
 * at. Both are retained on the broker, so every instance learns the same list when it connects.
 */
export class Discovery {
  private readonly z2m = new Map<string, Announced[]>();
  private readonly shelly = new Map<string, Announced>();

  /** `{base}/bridge/devices`: the whole list, replacing what that bridge said before */
  zigbeeBridgeDevices(base: string, payload: unknown) {
    if (!Array.isArray(payload)) return;
    const at = new Date().toISOString();
    const list: Announced[] = [];
    for (const d of payload as Z2mDevice[]) {
      if (d?.type === "Coordinator" || typeof d?.friendly_name !== "string" || d.friendly_name.includes("/"))
        continue;
      const caps = exposedNames(d.definition?.exposes);
      const type: DeviceType = caps.includes("lock") || caps.includes("lock_state") ? "lock" : "sensor";
      const vendor = typeof d.definition?.vendor === "string" ? `${d.definition.vendor} ` : "";
      const model = typeof d.definition?.model === "string" ? d.definition.model : "";
      list.push({
        protocol: "zigbee2mqtt",
        address: { baseTopic: base, friendlyName: d.friendly_name },
        key: `zigbee2mqtt:${base}/${d.friendly_name}`,
        name: d.friendly_name.replace(/_/g, " ").slice(0, 120),
        model: `${vendor}${model}`.trim().slice(0, 120),
        type,
        capabilities: caps.slice(0, 30),
        seenAt: at,
      });
    }
    this.z2m.set(base, list);
  }

  /** a Shelly said `online` at a prefix the registry does not know (`true`); `false`/empty: gone */
  shellyOnline(prefix: string, online: boolean) {
    if (!online) {
      this.shelly.delete(prefix);
      return;
    }
    // the default prefix is the device id: `shellypro1-<mac>` names the model
    const model = /^shelly[a-z0-9]+/i.exec(prefix)?.[0] ?? "Shelly";
    this.shelly.set(prefix, {
      protocol: "shelly",
      address: { topicPrefix: prefix, switchId: 0, pulseSeconds: 3 },
      key: `shelly:${prefix}`,
      name: prefix.slice(0, 120),
      model,
      type: "lock",
      capabilities: ["switch:0"],
      seenAt: new Date().toISOString(),
    });
  }

  list(): Announced[] {
    return [...[...this.z2m.values()].flat(), ...this.shelly.values()];
  }
}
