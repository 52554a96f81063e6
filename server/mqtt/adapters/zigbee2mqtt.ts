import "server-only";
import type { Device } from "@/lib/domain/device";
import type { AckMessage, DeviceCommand } from "@/lib/domain/device-command";
import { DEFAULT_PIN_SLOTS, type Zigbee2mqttAddress } from "@/lib/domain/device-protocol";
import {
  parseZ2mAvailability,
  Z2M_ACCESS_ACTIONS,
  Z2M_ALARM_FIELDS,
  Z2M_READINGS,
  Z2M_SOURCE_METHOD,
  z2mLockSet,
  z2mPinSet,
} from "@/lib/domain/zigbee2mqtt";
import { config } from "../../config";
import { findPinSlot } from "../../db/pin-slots";
import { lookupAddress } from "../lookups";
import type { Discovery } from "./discovery";
import { dialectEventId } from "./event-id";
import { preparePinSlot } from "./pin-slot-prepare";
import type { DialectAdapter, Inbound, NativeMessage, Prepared, Publish } from "./types";

type Json = Record<string, unknown>;
/** A command waiting for the device to report what it asked: Zigbee2MQTT has no ack message. */
type Expectation = {
  commandId: string;
  action: DeviceCommand["action"];
  slot?: number;
  before: Json;
  until: number;
};

/** fields never stored in a device's state: per-message actions, and anything that can hold a PIN */
const NOT_STATE = new Set([
  "action",
  "action_user",
  "action_source",
  "action_source_name",
  "users",
  "pin_code",
]);

const addrOf = (d: Pick<Device, "address">) => d.address as Zigbee2mqttAddress;
const deviceTopic = (a: Zigbee2mqttAddress) => `${a.baseTopic}/${a.friendlyName}`;

/**
 * Zigbee2MQTT (docs/devices.md has the mapping table). Commands go to `{base}/{name}/set` (`get` for refresh);
 * the device's messages on `{base}/{name}` are its whole cached state plus, once, an `action`. A lock sends no
 * acknowledgement: a command ends `acknowledged` when a message published after it reports what was asked
 * (`lock_state`, the slot's PIN added or cleared), `failed` when the lock reports `not_fully_locked`, and
 * `timed_out` otherwise. A retained message (what the broker kept from before) never ends a command, nor makes
 * an access, alarm or telemetry event. Only the instance that sent a command holds its expectation; the others
 * store the state, and the sweeper ends the command if that instance is gone.
 */
export class Zigbee2mqttAdapter implements DialectAdapter {
  readonly protocol = "zigbee2mqtt" as const;
  private readonly expecting = new Map<string, Expectation[]>();
  private readonly flags = new Map<string, Json>();

  constructor(private readonly discovery?: Discovery) {}

  private bases(): string[] {
    return config().MQTT_ZIGBEE2MQTT_BASE_TOPICS.split(",");
  }

  subscriptions(): string[] {
    return this.bases().map((b) => `${b}/#`);
  }

  async prepare(device: Device, c: DeviceCommand): Promise<Prepared> {
    const isCode = c.action === "set_code" || c.action === "delete_code";
    if ((isCode || c.action === "lock" || c.action === "unlock") && device.type !== "lock")
      return { ended: "rejected", reason: `A ${device.type} cannot ${c.action.replace("_", " ")}.` };
    if (!isCode) return { params: c.params };
    // users 0 … pinCodeCount-1; slot 0 is the owner's (master) code on most keypads: never handed out
    return preparePinSlot(device, c, { first: 1, last: (addrOf(device).pinSlots ?? DEFAULT_PIN_SLOTS) - 1 });
  }

  async send(device: Device, c: DeviceCommand, publish: Publish): Promise<void> {
    const a = addrOf(device);
    const slot = typeof c.params.slot === "number" ? c.params.slot : undefined;
    const body =
      c.action === "lock" || c.action === "unlock"
        ? z2mLockSet(c.action === "lock")
        : c.action === "set_code"
          ? z2mPinSet(slot as number, String(c.params.pin))
          : c.action === "delete_code"
            ? z2mPinSet(slot as number, null)
            : { state: "" };
    const key = `${device.buildingId}/${device.id}`;
    const list = (this.expecting.get(key) ?? []).filter((e) => e.until > Date.now());
    list.push({
      commandId: c.id,
      action: c.action,
      slot,
      before: device.state,
      until: Date.parse(c.expiresAt),
    });
    this.expecting.set(key, list);
    const topic = `${deviceTopic(a)}/${c.action === "refresh" ? "get" : "set"}`;
    await publish(topic, JSON.stringify(body), { qos: 1 });
  }

  async inbound(topic: string, payload: Buffer, retained: boolean): Promise<Inbound[] | null> {
    const parts = topic.split("/");
    if (!this.bases().includes(parts[0] as string)) return null;
    if (parts[1] === "bridge") {
      if (parts[2] === "devices" && parts.length === 3) {
        try {
          this.discovery?.zigbeeBridgeDevices(parts[0] as string, JSON.parse(payload.toString("utf8")));
        } catch {}
      }
      if ((parts[2] === "logging" || parts[2] === "log") && parts.length === 3 && !retained)
        return this.publishFailure(parts[0] as string, payload);
      return [];
    }
    if (parts.length > 3) return [];
    if (parts.length === 3 && parts[2] !== "availability") return []; // our own set/get
    const entry = await lookupAddress(`zigbee2mqtt:${parts[0]}/${parts[1]}`);
    if (!entry) return [];
    const one = (messages: NativeMessage[]): Inbound[] => [
      { buildingId: entry.buildingId, deviceId: entry.deviceId, messages },
    ];
    if (parts.length === 3) {
      const online = parseZ2mAvailability(payload.toString("utf8"));
      return one(online === null ? [] : [{ kind: "availability", online }]);
    }
    let p: Json;
    try {
      p = JSON.parse(payload.toString("utf8"));
    } catch {
      return one([]);
    }
    if (!p || typeof p !== "object" || Array.isArray(p)) return one([]);
    const key = `${entry.buildingId}/${entry.deviceId}`;
    const ts = tsOf(p.last_seen);
    const state: Json = {};
    for (const [k, v] of Object.entries(p)) if (!NOT_STATE.has(k)) state[k] = v;
    if (typeof p.lock_state === "string" || p.state === "LOCK" || p.state === "UNLOCK")
      state.locked = typeof p.lock_state === "string" ? p.lock_state === "locked" : p.state === "LOCK";
    const out: NativeMessage[] = [{ kind: "state", json: { ...state, ts } }];
    const id = (what: string) => dialectEventId("z2m", p.last_seen !== undefined, topic, payload, what);
    const alarms = this.alarmChanges(key, p, ts, id);
    if (!retained) {
      out.push(...this.acks(key, p, state));
      const access = await this.access(entry, p, ts, id("access"));
      if (access) out.push({ kind: "events", json: access });
      out.push(...alarms.map((json) => ({ kind: "events" as const, json })));
      const readings: Json = {};
      for (const r of Z2M_READINGS) if (typeof p[r] === "number") readings[r] = p[r];
      if (Object.keys(readings).length)
        out.push({ kind: "events", json: { eventId: id("telemetry"), type: "telemetry", readings, ts } });
    }
    return one(out);
  }

  /**
   * Zigbee2MQTT could not deliver a command to the device: it logs `Publish 'set' '<key>' to '<name>' failed:
   * '<error>'` at error level on `{base}/bridge/logging` (`{"level":"error","message"}`), or with the legacy API on
   * `{base}/bridge/log` (`{"type":"zigbee_publish_error","message"}`). The oldest command of that kind waiting on
   * that device (`state`: lock/unlock, `pin_code`: codes) ends `failed` with the bridge's error.
   */
  private async publishFailure(base: string, payload: Buffer): Promise<Inbound[]> {
    let log: { level?: unknown; type?: unknown; message?: unknown };
    try {
      log = JSON.parse(payload.toString("utf8"));
    } catch {
      return [];
    }
    if (log?.level !== "error" && log?.type !== "zigbee_publish_error") return [];
    const m = typeof log.message === "string" ? Z2M_PUBLISH_FAILED.exec(log.message.slice(0, 2000)) : null;
    if (!m) return [];
    const [, , key, name, error] = m as unknown as [string, string, string, string, string];
    const entry = await lookupAddress(`zigbee2mqtt:${base}/${name}`);
    if (!entry) return [];
    const k = `${entry.buildingId}/${entry.deviceId}`;
    const list = this.expecting.get(k) ?? [];
    const kinds =
      key === "state" ? ["lock", "unlock"] : key === "pin_code" ? ["set_code", "delete_code"] : null;
    const i = list.findIndex((e) => e.until > Date.now() && (!kinds || kinds.includes(e.action)));
    if (i < 0) return [];
    const [e] = list.splice(i, 1);
    if (!list.length) this.expecting.delete(k);
    const ack: AckMessage = {
      commandId: (e as Expectation).commandId,
      status: "failed",
      reason: `Zigbee2MQTT: ${error}`.slice(0, 500),
    };
    return [
      { buildingId: entry.buildingId, deviceId: entry.deviceId, messages: [{ kind: "acks", json: ack }] },
    ];
  }

  /** Ends the commands this message answers (see the class comment). */
  private acks(key: string, p: Json, state: Json): NativeMessage[] {
    const list = this.expecting.get(key);
    if (!list?.length) return [];
    const out: NativeMessage[] = [];
    const keep: Expectation[] = [];
    for (const e of list) {
      const verdict = e.until < Date.now() ? "drop" : answer(e, p);
      if (verdict === null) keep.push(e);
      else if (verdict !== "drop") {
        const ack: AckMessage = { commandId: e.commandId, status: verdict.status, state };
        if (verdict.reason) ack.reason = verdict.reason;
        out.push({ kind: "acks", json: ack });
      }
    }
    if (keep.length) this.expecting.set(key, keep);
    else this.expecting.delete(key);
    return out;
  }

  /** A lock's `action` as a native access event; the keypad's user slot names the code (and so its holder). */
  private async access(
    entry: { buildingId: string; deviceId: string },
    p: Json,
    ts: string,
    eventId: string,
  ) {
    const kind = typeof p.action === "string" ? Z2M_ACCESS_ACTIONS[p.action] : undefined;
    if (!kind) return null;
    const source = typeof p.action_source_name === "string" ? p.action_source_name : "";
    const method = kind.method ?? Z2M_SOURCE_METHOD[source] ?? "key";
    const slot = typeof p.action_user === "number" && method === "pin" ? p.action_user : undefined;
    const held = slot !== undefined ? await findPinSlot({ ...entry, slot }) : null;
    return {
      eventId,
      type: "access",
      method,
      result: kind.result,
      ...(held ? { codeId: held.codeId } : {}),
      ...(slot !== undefined ? { slot } : {}),
      ts,
    };
  }

  /**
   * Native alarm events for the sensor flags that changed (Zigbee2MQTT repeats every flag in every message): one
   * when a flag turns true, one when it turns false again. Retained messages only teach the last value.
   */
  private alarmChanges(key: string, p: Json, ts: string, id: (what: string) => string): Json[] {
    const prev = this.flags.get(key) ?? {};
    const out: Json[] = [];
    for (const [field, cause] of Object.entries(Z2M_ALARM_FIELDS)) {
      const v = p[field];
      if (typeof v !== "boolean" || prev[field] === v) continue;
      if (v || prev[field] !== undefined)
        out.push({ eventId: id(`alarm:${cause}`), type: "alarm", cause, active: v, ts });
      prev[field] = v;
    }
    this.flags.set(key, prev);
    return out;
  }
}

function answer(e: Expectation, p: Json): { status: AckMessage["status"]; reason?: string } | null {
  const ls = typeof p.lock_state === "string" ? p.lock_state : null;
  const users = (p.users ?? {}) as Record<string, { status?: string }>;
  const slotStatus = e.slot !== undefined ? users[String(e.slot)]?.status : undefined;
  const programmed = (what: string) => p.action === what && p.action_user === e.slot;
  const changed = (field: string) => p[field] !== undefined && p[field] !== e.before[field];
  switch (e.action) {
    case "lock":
      if (ls === "not_fully_locked")
        return {
          status: "failed",
          reason: "The lock reports not_fully_locked: the bolt did not fully extend.",
        };
      return ls === "locked" || (ls === null && p.state === "LOCK") ? { status: "ok" } : null;
    case "unlock":
      return ls === "unlocked" || (ls === null && p.state === "UNLOCK") ? { status: "ok" } : null;
    case "set_code":
      return slotStatus === "enabled" ||
        programmed("pin_code_added") ||
        changed("last_successful_pincode_save")
        ? { status: "ok" }
        : null;
    case "delete_code":
      return slotStatus === "available" ||
        programmed("pin_code_deleted") ||
        changed("last_successful_pincode_clear")
        ? { status: "ok" }
        : null;
    default:
      return { status: "ok" };
  }
}

/** Zigbee2MQTT's publish error (lib/extension/publish.ts), after any log namespace prefix (`z2m: `) */
const Z2M_PUBLISH_FAILED = /Publish '(set|get)' '([^']+)' to '(.+?)' failed: '([\s\S]*)'$/;

/** `last_seen` (Zigbee2MQTT's `advanced.last_seen`: ISO_8601, ISO_8601_local or epoch ms) or now. */
function tsOf(v: unknown): string {
  const t = typeof v === "number" ? v : typeof v === "string" ? Date.parse(v) : Number.NaN;
  return Number.isFinite(t) && t > 0 ? new Date(t).toISOString() : new Date().toISOString();
}
