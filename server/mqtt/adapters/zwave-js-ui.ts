import "server-only";
import type { Device } from "@/lib/domain/device";
import type { AckMessage, DeviceCommand } from "@/lib/domain/device-command";
import type { ZwaveJsUiAddress } from "@/lib/domain/device-protocol";
import {
  parseZwTimeValue,
  ZW_ACCESS_EVENTS,
  ZW_CC,
  ZW_DONE,
  ZW_DOOR_LOCK_SECURED,
  ZW_DOOR_LOCK_UNKNOWN,
  ZW_DOOR_LOCK_UNSECURED,
  ZW_PENDING,
  ZW_REFUSED,
  ZW_SET_VALUE_STATUS,
  ZW_USER_ID_STATUS,
  type ZwApiRequest,
  type ZwApiResult,
  type ZwTimeValue,
  type ZwValueId,
  zwGatewayClient,
} from "@/lib/domain/zwave-js-ui";
import { config } from "../../config";
import { findPinSlot } from "../../db/pin-slots";
import { lookupAddress, lookupDevice } from "../lookups";
import { dialectEventId } from "./event-id";
import { preparePinSlot } from "./pin-slot-prepare";
import type { DialectAdapter, Inbound, NativeMessage, Prepared, Publish } from "./types";

type Json = Record<string, unknown>;
type Entry = { buildingId: string; deviceId: string; address: unknown };
/** A command this instance sent, until the gateway's API answer or the lock's report ends it. */
type Pending = {
  buildingId: string;
  deviceId: string;
  action: DeviceCommand["action"];
  slot?: number;
  until: number;
};
type Verdict = { status: AckMessage["status"]; reason?: string; state?: Json };

/** the default number of user codes of a Z-Wave keypad lock when the registry does not say */
export const ZWAVE_DEFAULT_PIN_SLOTS = 30;

/**
 * Z-Wave JS UI's MQTT gateway (docs/devices.md has the mapping table). Commands are calls of its MQTT API,
 * `{prefix}/_CLIENTS/ZWAVE_GATEWAY-{name}/api/writeValue/set` with `{"args":[valueId, value]}` (and our
 * `requestId`): the gateway publishes the call's result on the same topic without `/set`, echoing the request as
 * `origin`, so the answer is matched by request id. `success:false` ends the command `failed` with the gateway's
 * message; `result.status` 255 (Success: the lock ran it, Supervision CC) `acknowledged`; 2 (Fail) `failed`; 0, 3,
 * 4, 5 `rejected`; 1 and 254 (Working, SuccessUnsupervised) leave it to the lock's report: `currentMode` 255 after
 * `lock`, an unsecured mode after `unlock`, `userIdStatus/{slot}` 1 after `set_code`, 0 after `delete_code`. A
 * `Lock jammed` notification fails a pending `lock`. Retained values (the broker's copy from before) update the
 * state and never end a command, nor make an event.
 */
export class ZwaveJsUiAdapter implements DialectAdapter {
  readonly protocol = "zwave-js-ui" as const;
  private readonly pending = new Map<string, Pending>();
  /**
   * Each device's values as last heard, overlaid with each report: the gateway publishes one value per topic,
   * the native state is the whole of them. Seeded from the stored state the first time a device is heard.
   */
  private readonly values = new Map<string, Json>();

  private prefixes(): string[] {
    return config().MQTT_ZWAVE_JS_UI_PREFIXES.split(",");
  }

  subscriptions(): string[] {
    return this.prefixes().flatMap((p) => [
      `${p}/+/status`,
      `${p}/+/${ZW_CC.doorLock}/+/currentMode`,
      `${p}/+/${ZW_CC.userCode}/+/userIdStatus/+`,
      `${p}/+/${ZW_CC.notification}/+/Access_Control/+`,
      `${p}/+/${ZW_CC.battery}/+/level`,
      `${p}/_CLIENTS/+/api/+`,
    ]);
  }

  async prepare(device: Device, c: DeviceCommand): Promise<Prepared> {
    if (device.type !== "lock" && c.action !== "refresh")
      return { ended: "rejected", reason: `A ${device.type} cannot ${c.action.replace("_", " ")}.` };
    if (c.action !== "set_code" && c.action !== "delete_code") return { params: c.params };
    const a = device.address as ZwaveJsUiAddress;
    // User Code CC users are numbered from 1
    return preparePinSlot(device, c, { first: 1, last: a.pinSlots ?? ZWAVE_DEFAULT_PIN_SLOTS });
  }

  async send(device: Device, c: DeviceCommand, publish: Publish): Promise<void> {
    const a = device.address as ZwaveJsUiAddress;
    const slot = typeof c.params.slot === "number" ? c.params.slot : undefined;
    const vid = (commandClass: number, property: string, propertyKey?: number): ZwValueId => ({
      nodeId: a.nodeId,
      commandClass,
      endpoint: a.endpoint,
      property,
      ...(propertyKey !== undefined ? { propertyKey } : {}),
    });
    let api = "writeValue";
    let args: unknown[];
    if (c.action === "lock" || c.action === "unlock")
      args = [
        vid(ZW_CC.doorLock, "targetMode"),
        c.action === "lock" ? ZW_DOOR_LOCK_SECURED : ZW_DOOR_LOCK_UNSECURED,
      ];
    else if (c.action === "set_code") args = [vid(ZW_CC.userCode, "userCode", slot), String(c.params.pin)];
    else if (c.action === "delete_code")
      args = [vid(ZW_CC.userCode, "userIdStatus", slot), ZW_USER_ID_STATUS.available];
    else {
      api = "refreshCCValues";
      args = [a.nodeId, ZW_CC.doorLock];
    }
    const now = Date.now();
    for (const [id, p] of this.pending) if (p.until < now) this.pending.delete(id);
    this.pending.set(c.id, {
      buildingId: device.buildingId,
      deviceId: device.id,
      action: c.action,
      slot,
      until: Date.parse(c.expiresAt),
    });
    const body: ZwApiRequest = { args, requestId: c.id };
    await publish(
      `${a.prefix}/_CLIENTS/${zwGatewayClient(a.gatewayName)}/api/${api}/set`,
      JSON.stringify(body),
      {
        qos: 1,
      },
    );
  }

  async inbound(topic: string, payload: Buffer, retained: boolean): Promise<Inbound[] | null> {
    const parts = topic.split("/");
    if (!this.prefixes().includes(parts[0] as string) || parts.length < 3) return null;
    if (parts[1] === "_CLIENTS") {
      // our own requests end in /set; an answer is the same topic without it
      return parts.length === 5 && parts[3] === "api" ? this.apiResult(payload) : [];
    }
    const entry = await lookupAddress(`zwave-js-ui:${parts[0]}/${parts[1]}`);
    if (!entry) return [];
    const a = entry.address as ZwaveJsUiAddress;
    const one = (messages: NativeMessage[]): Inbound[] => [
      { buildingId: entry.buildingId, deviceId: entry.deviceId, messages },
    ];
    const text = payload.toString("utf8").trim();
    const tv: ZwTimeValue | null =
      text === "true" || text === "false" ? { value: text === "true" } : parseZwTimeValue(text);
    if (!tv) return one([]);
    if (parts.length === 3) {
      if (parts[2] !== "status") return one([]);
      // `value`: node ready; `status` Dead: the controller gave up on it
      const online = tv.status === "Dead" ? false : typeof tv.value === "boolean" ? tv.value : null;
      return one(online === null ? [] : [{ kind: "availability", online }]);
    }
    if (Number(parts[3]) !== a.endpoint) return one([]);
    const ts = new Date(typeof tv.time === "number" && tv.time > 0 ? tv.time : Date.now()).toISOString();
    const id = (what: string) => dialectEventId("zwave", typeof tv.time === "number", topic, payload, what);
    const cc = Number(parts[2]);
    const key = `${entry.buildingId}/${entry.deviceId}`;
    if (cc === ZW_CC.doorLock && parts[4] === "currentMode" && typeof tv.value === "number") {
      const mode = tv.value;
      const state: Json = { currentMode: mode };
      if (mode !== ZW_DOOR_LOCK_UNKNOWN) state.locked = mode === ZW_DOOR_LOCK_SECURED;
      const out: NativeMessage[] = [await this.overlay(entry, state, ts)];
      if (!retained)
        out.push(
          ...this.settle(key, (p) =>
            (p.action === "lock" && mode === ZW_DOOR_LOCK_SECURED) ||
            (p.action === "unlock" && mode !== ZW_DOOR_LOCK_SECURED && mode !== ZW_DOOR_LOCK_UNKNOWN)
              ? { status: "ok", state }
              : null,
          ),
        );
      return one(out);
    }
    if (cc === ZW_CC.userCode && parts[4] === "userIdStatus" && parts.length === 6) {
      // codes never go into the state: only whether the slot took
      const slot = Number(parts[5]);
      if (retained || typeof tv.value !== "number") return one([]);
      const v = tv.value;
      return one(
        this.settle(key, (p) =>
          p.slot === slot &&
          ((p.action === "set_code" && v === ZW_USER_ID_STATUS.enabled) ||
            (p.action === "delete_code" && v === ZW_USER_ID_STATUS.available))
            ? { status: "ok" }
            : null,
        ),
      );
    }
    if (cc === ZW_CC.notification && parts[4] === "Access_Control" && parts.length === 6) {
      if (retained) return one([]);
      const kind = ZW_ACCESS_EVENTS[parts[5] as string];
      if (!kind) return one([]);
      if ("jammed" in kind)
        return one(
          this.settle(key, (p) =>
            p.action === "lock"
              ? { status: "failed", reason: "The lock reports Lock jammed: the bolt did not fully extend." }
              : null,
          ),
        );
      const params = (tv.value && typeof tv.value === "object" ? tv.value : {}) as Json;
      const slot = kind.method === "pin" && typeof params.userId === "number" ? params.userId : undefined;
      const held = slot !== undefined ? await findPinSlot({ ...entry, slot }) : null;
      return one([
        {
          kind: "events",
          json: {
            eventId: id("access"),
            type: "access",
            method: kind.method,
            result: "granted",
            ...(held ? { codeId: held.codeId } : {}),
            ...(slot !== undefined ? { slot } : {}),
            ts,
          },
        },
      ]);
    }
    if (cc === ZW_CC.battery && parts[4] === "level" && typeof tv.value === "number") {
      const out: NativeMessage[] = [await this.overlay(entry, { battery: tv.value }, ts)];
      if (!retained)
        out.push({
          kind: "events",
          json: { eventId: id("telemetry"), type: "telemetry", readings: { battery: tv.value }, ts },
        });
      return one(out);
    }
    return one([]);
  }

  /** The device's whole state with this report's values laid over it (see `values`). */
  private async overlay(entry: Entry, change: Json, ts: string): Promise<NativeMessage> {
    const key = `${entry.buildingId}/${entry.deviceId}`;
    let prev = this.values.get(key);
    if (!prev) {
      const stored = (await lookupDevice(entry.buildingId, entry.deviceId))?.state ?? {};
      prev = this.values.get(key) ?? stored;
    }
    const next = { ...prev, ...change };
    if (change.currentMode === ZW_DOOR_LOCK_UNKNOWN) delete next.locked;
    this.values.set(key, next);
    return { kind: "state", json: { ...next, ts } };
  }

  /** The API's answer to a request of ours (see the class comment); someone else's: nothing. */
  private apiResult(payload: Buffer): Inbound[] {
    let r: ZwApiResult;
    try {
      r = JSON.parse(payload.toString("utf8"));
    } catch {
      return [];
    }
    const requestId = r?.origin && typeof r.origin.requestId === "string" ? r.origin.requestId : null;
    const p = requestId ? this.pending.get(requestId) : undefined;
    if (!requestId || !p) return [];
    const message = String(r.message ?? "").slice(0, 300);
    let verdict: Verdict | null;
    if (r.success !== true)
      verdict = { status: "failed", reason: `Z-Wave JS UI: ${message || "the call failed"}` };
    else if (p.action === "refresh") verdict = { status: "ok" };
    else {
      const res = (r.result ?? {}) as { status?: unknown; message?: unknown };
      const code = typeof res.status === "number" ? res.status : -1;
      const why = `${ZW_SET_VALUE_STATUS[code] ?? `status ${code}`}${res.message ? `: ${String(res.message).slice(0, 300)}` : ""}`;
      verdict =
        code === ZW_DONE
          ? { status: "ok" }
          : ZW_PENDING.has(code)
            ? null
            : ZW_REFUSED.has(code)
              ? { status: "rejected", reason: `The lock cannot do it (${why}).` }
              : { status: "failed", reason: `The lock did not do it (${why}).` };
    }
    if (!verdict) return []; // sent, unconfirmed: the lock's report decides (or the timeout)
    this.pending.delete(requestId);
    return [{ buildingId: p.buildingId, deviceId: p.deviceId, messages: [ack(requestId, verdict)] }];
  }

  /** Ends this device's pending commands the report answers. */
  private settle(key: string, judge: (p: Pending) => Verdict | null): NativeMessage[] {
    const out: NativeMessage[] = [];
    const now = Date.now();
    for (const [id, p] of this.pending) {
      if (`${p.buildingId}/${p.deviceId}` !== key) continue;
      if (p.until < now) {
        this.pending.delete(id);
        continue;
      }
      const v = judge(p);
      if (!v) continue;
      this.pending.delete(id);
      out.push(ack(id, v));
    }
    return out;
  }
}

function ack(commandId: string, v: Verdict): NativeMessage {
  const json: AckMessage = { commandId, status: v.status };
  if (v.reason) json.reason = v.reason;
  if (v.state) json.state = v.state;
  return { kind: "acks", json };
}
