import "server-only";
import type { Device } from "@/lib/domain/device";
import type { DeviceCommand } from "@/lib/domain/device-command";
import type { ShellyAddress } from "@/lib/domain/device-protocol";
import {
  SHELLY_REJECTING_CODES,
  type ShellyNotification,
  type ShellyRequest,
  type ShellyResponse,
  shellySwitchSet,
} from "@/lib/domain/shelly";
import { lookupAddress } from "../lookups";
import type { Discovery } from "./discovery";
import { dialectEventId } from "./event-id";
import type { DialectAdapter, Inbound, NativeMessage, Prepared, Publish } from "./types";

type Json = Record<string, unknown>;
type Entry = { buildingId: string; deviceId: string; address: unknown };

/**
 * Shelly Gen2+ relays (gate, door strike, garage door). Commands are JSON-RPC requests on `{prefix}/rpc` with
 * `src` = this instance's own name, so the device answers on `{src}/rpc`, a topic only this instance reads; the
 * answer is matched by request id (the command id) and ends the command: `result` acknowledged, an error frame
 * `rejected` or `failed` with the device's own message. `{prefix}/online` (`true`/`false`, retained, the
 * device's last will) is its availability; `NotifyStatus` on `{prefix}/events/rpc` updates its state (relay
 * output, the contact input) and `NotifyEvent` reports input events (an exit button).
 */
export class ShellyAdapter implements DialectAdapter {
  readonly protocol = "shelly" as const;
  private readonly sent = new Map<string, { buildingId: string; deviceId: string; until: number }>();
  /** the last known status of each device, overlaid with each NotifyStatus (as the docs intend) */
  private readonly status = new Map<string, Json>();

  constructor(
    private readonly src: string,
    private readonly discovery?: Discovery,
  ) {}

  subscriptions(): string[] {
    return [`${this.src}/rpc`, "+/online", "+/events/rpc"];
  }

  async prepare(_device: Device, c: DeviceCommand): Promise<Prepared> {
    if (c.action === "set_code" || c.action === "delete_code")
      return { ended: "rejected", reason: "A relay has no keypad: it holds no codes." };
    return { params: c.params };
  }

  async send(device: Device, c: DeviceCommand, publish: Publish): Promise<void> {
    const a = device.address as ShellyAddress;
    const req: ShellyRequest =
      c.action === "refresh"
        ? { id: c.id, src: this.src, method: "Switch.GetStatus", params: { id: a.switchId } }
        : {
            id: c.id,
            src: this.src,
            method: "Switch.Set",
            params: shellySwitchSet(a.switchId, c.action === "unlock", a.pulseSeconds),
          };
    for (const [id, s] of this.sent) if (s.until < Date.now()) this.sent.delete(id);
    this.sent.set(c.id, {
      buildingId: device.buildingId,
      deviceId: device.id,
      until: Date.parse(c.expiresAt),
    });
    await publish(`${a.topicPrefix}/rpc`, JSON.stringify(req), { qos: 1 });
  }

  async inbound(topic: string, payload: Buffer, retained: boolean): Promise<Inbound[] | null> {
    if (topic === `${this.src}/rpc`) return this.response(payload);
    const parts = topic.split("/");
    const isOnline = parts.length === 2 && parts[1] === "online";
    const isEvents = parts.length === 3 && parts[1] === "events" && parts[2] === "rpc";
    if (!isOnline && !isEvents) return null;
    const entry = await lookupAddress(`shelly:${parts[0]}`);
    if (!entry) {
      // a Shelly no device is registered at: the discovery page offers it
      if (isOnline)
        this.discovery?.shellyOnline(parts[0] as string, payload.toString("utf8").trim() === "true");
      return [];
    }
    const one = (messages: NativeMessage[]): Inbound[] => [
      { buildingId: entry.buildingId, deviceId: entry.deviceId, messages },
    ];
    const text = payload.toString("utf8").trim();
    if (isOnline)
      return one(
        text === "true" || text === "false" ? [{ kind: "availability", online: text === "true" }] : [],
      );
    let n: ShellyNotification;
    try {
      n = JSON.parse(text);
    } catch {
      return one([]);
    }
    if (!n || typeof n.params !== "object" || n.params === null) return one([]);
    const id = (what: string) => dialectEventId("shelly", Number.isFinite(n.params.ts), topic, payload, what);
    return one(this.notification(entry, n, retained, id));
  }

  private response(payload: Buffer): Inbound[] {
    let r: ShellyResponse;
    try {
      r = JSON.parse(payload.toString("utf8"));
    } catch {
      return [];
    }
    const sent =
      r && (typeof r.id === "string" || typeof r.id === "number") ? this.sent.get(String(r.id)) : undefined;
    if (!sent) return [];
    this.sent.delete(String(r.id));
    const { buildingId, deviceId } = sent;
    if (r.error && typeof r.error === "object") {
      const code = Number(r.error.code);
      const status = SHELLY_REJECTING_CODES.has(code) ? ("rejected" as const) : ("failed" as const);
      const reason = `Device error ${code}: ${String(r.error.message ?? "").slice(0, 400)}`;
      return [
        {
          buildingId,
          deviceId,
          messages: [{ kind: "acks", json: { commandId: String(r.id), status, reason } }],
        },
      ];
    }
    const state = r.result && typeof r.result === "object" ? (r.result as Json) : {};
    return [
      {
        buildingId,
        deviceId,
        messages: [{ kind: "acks", json: { commandId: String(r.id), status: "ok", state } }],
      },
    ];
  }

  private notification(
    entry: Entry,
    n: ShellyNotification,
    retained: boolean,
    id: (what: string) => string,
  ): NativeMessage[] {
    const a = entry.address as ShellyAddress;
    const key = `${entry.buildingId}/${entry.deviceId}`;
    const ts = new Date(Number.isFinite(n.params.ts) ? n.params.ts * 1000 : Date.now()).toISOString();
    const out: NativeMessage[] = [];
    if (n.method === "NotifyStatus" || n.method === "NotifyFullStatus") {
      const prev = this.status.get(key) ?? {};
      const next: Json = { ...prev };
      const sw = n.params[`switch:${a.switchId}`] as Json | undefined;
      if (sw && typeof sw.output === "boolean") {
        next.output = sw.output;
        // a door strike or gate: relay on = open for the pulse
        next.locked = !sw.output;
      }
      if (sw && typeof (sw.temperature as Json | undefined)?.tC === "number")
        next.temperature = (sw.temperature as Json).tC;
      const input =
        a.contactInputId !== undefined
          ? (n.params[`input:${a.contactInputId}`] as Json | undefined)
          : undefined;
      const contactChanged =
        input && typeof input.state === "boolean" && prev.contact !== (input.state ? "open" : "closed");
      if (input && typeof input.state === "boolean") next.contact = input.state ? "open" : "closed";
      this.status.set(key, next);
      out.push({ kind: "state", json: { ...next, ts } });
      if (!retained && contactChanged) {
        // the contact opened while the strike was not released: forced
        const forced = next.contact === "open" && next.output !== true;
        if (forced || prev.contact === "open")
          out.push({
            kind: "events",
            json: {
              eventId: id("alarm:door_forced"),
              type: "alarm",
              cause: "door_forced",
              active: forced,
              ts,
            },
          });
      }
      if (!retained && typeof next.temperature === "number" && sw?.temperature)
        out.push({
          kind: "events",
          json: {
            eventId: id("telemetry"),
            type: "telemetry",
            readings: { temperature: next.temperature },
            ts,
          },
        });
    }
    if (n.method === "NotifyEvent" && !retained) {
      for (const ev of n.params.events ?? []) {
        // an exit button (an input other than the contact) pushed: someone let themselves out
        if (!/^input:\d+$/.test(ev.component) || ev.id === a.contactInputId) continue;
        if (ev.event !== "single_push" && ev.event !== "btn_down") continue;
        out.push({
          kind: "events",
          json: {
            eventId: id(`access:${ev.component}:${ev.event}`),
            type: "access",
            method: "key",
            result: "granted",
            ts,
          },
        });
      }
    }
    return out;
  }
}
