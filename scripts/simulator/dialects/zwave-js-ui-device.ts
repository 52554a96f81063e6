import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import {
  ZW_CC,
  ZW_DOOR_LOCK_SECURED,
  ZW_DOOR_LOCK_UNSECURED,
  ZW_USER_ID_STATUS,
  type ZwApiResult,
  type ZwValueId,
  zwGatewayClient,
} from "@/lib/domain/zwave-js-ui";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";

/**
 * Plays a Z-Wave keypad deadbolt behind a Z-Wave JS UI gateway, as its MQTT docs and source describe it (a real MQTT
 * client on the real broker; gateway type "ValueID topics" with node names, JSON time-value payloads): API calls on
 * `{prefix}/_CLIENTS/ZWAVE_GATEWAY-{name}/api/{api}/set` answered on the same topic without `/set` with
 * `{success,message,result,origin}`; values on `{prefix}/{node}/{cc}/{ep}/{property}[/{key}]` as `{time,value}`;
 * node status on `{prefix}/{node}/status` as `{time,value,status,nodeId}`; Access Control notifications on
 * `{prefix}/{node}/113/0/Access_Control/{event}` with the event's parameters as value (`{"userId":N}`).
 *
 * Awkward parts on purpose: `supervised` off answers `writeValue` 254 (SuccessUnsupervised) and reports the value
 * afterwards (the default: most locks); `retainValues` publishes values retained (a new subscriber gets them however
 * old); `jam` makes a lock answer 254 then report `Lock jammed`; `failure` answers `success:false` with that message;
 * `status` overrides `result.status` (e.g. 5 InvalidValue); `silent` answers nothing; `dead()` marks the node Dead.
 */
export type ZwaveDeviceOptions = {
  url: string;
  prefix?: string;
  gatewayName: string;
  nodeId: number;
  nodeName: string;
  retainValues?: boolean;
  username?: string;
  password?: string;
};

type Req = { args?: unknown[]; requestId?: unknown };

export class ZwaveJsUiDevice {
  readonly calls: { api: string; payload: Req }[] = [];
  /** User Code CC: user id → code */
  readonly slots = new Map<number, string>();
  mode = ZW_DOOR_LOCK_SECURED;
  supervised = false;
  jam = false;
  silent = false;
  failure: string | null = null;
  status: number | null = null;
  private lastTime = 0;
  private constructor(
    private readonly client: MqttClient,
    private readonly o: ZwaveDeviceOptions & { prefix: string },
  ) {}

  static async connect(opts: ZwaveDeviceOptions): Promise<ZwaveJsUiDevice> {
    const o = { ...opts, prefix: opts.prefix ?? "zwave" };
    const gw = zwGatewayClient(o.gatewayName);
    const client = setMqttNoDelay(
      mqtt.connect(o.url, {
        clientId: `${gw}-${o.nodeId}-${randomUUID().slice(0, 6)}`.slice(0, 60),
        username: o.username,
        password: o.password,
        clean: true,
        reconnectPeriod: 0,
        // the gateway's own status (MqttClient `updateClientStatus`): its last will says it is gone
        will: {
          topic: `${o.prefix}/_CLIENTS/${gw}/status`,
          payload: Buffer.from(JSON.stringify({ value: false })),
          qos: 1,
          retain: true,
        },
      }),
    );
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("error", reject);
    });
    const d = new ZwaveJsUiDevice(client, o);
    await client.subscribeAsync(`${o.prefix}/_CLIENTS/${gw}/api/+/set`, { qos: 1 });
    client.on("message", (topic, payload) => {
      let body: Req;
      try {
        body = JSON.parse(payload.toString());
      } catch {
        return;
      }
      const api = topic.split("/")[4] as string;
      void d.onApi(topic.slice(0, -"/set".length), api, body).catch(() => undefined);
    });
    return d;
  }

  get nodeTopic() {
    return `${this.o.prefix}/${this.o.nodeName}`;
  }

  /** the node's status (`Alive` / `Dead`), as the gateway publishes it on every status change */
  async alive(on = true) {
    await this.pub(
      `${this.nodeTopic}/status`,
      { time: this.now(), value: on, status: on ? "Alive" : "Dead", nodeId: this.o.nodeId },
      true,
    );
  }

  /** the lock's current state and battery, as after an interview or a refresh */
  async publishValues() {
    await this.reportMode();
    await this.pub(`${this.nodeTopic}/${ZW_CC.battery}/0/level`, { time: this.now(), value: 87 });
  }

  /** someone types a PIN on the keypad: a known code unlocks and names its user id; an unknown one does nothing */
  async keypad(pin: string, at?: number) {
    const userId = [...this.slots].find(([, p]) => p === pin)?.[0];
    if (userId === undefined) return null;
    const time = at ?? this.now();
    this.mode = ZW_DOOR_LOCK_UNSECURED;
    await this.notify("Keypad_unlock_operation", { userId }, time);
    await this.reportMode();
    return time;
  }

  async stop() {
    await this.client.endAsync();
  }

  private now() {
    this.lastTime = Math.max(Date.now(), this.lastTime + 1);
    return this.lastTime;
  }

  private pub(topic: string, body: unknown, retain = this.o.retainValues ?? false) {
    return this.client.publishAsync(topic, JSON.stringify(body), { qos: 1, retain });
  }

  private reportMode() {
    return this.pub(`${this.nodeTopic}/${ZW_CC.doorLock}/0/currentMode`, {
      time: this.now(),
      value: this.mode,
    });
  }

  private notify(event: string, value: unknown, time = this.now()) {
    // notifications are never retained (Gateway `_onNotification`)
    return this.pub(
      `${this.nodeTopic}/${ZW_CC.notification}/0/Access_Control/${event}`,
      { time, value },
      false,
    );
  }

  private async onApi(answerTopic: string, api: string, req: Req) {
    const args = Array.isArray(req.args) ? req.args : [];
    const vid = api === "writeValue" ? (args[0] as ZwValueId | undefined) : undefined;
    const nodeId = vid ? vid.nodeId : args[0];
    if (nodeId !== this.o.nodeId) return; // another node of this gateway
    this.calls.push({ api, payload: req });
    if (this.silent) return;
    const answer = (r: Omit<ZwApiResult, "origin">) =>
      this.client.publishAsync(answerTopic, JSON.stringify({ ...r, origin: req }), { qos: 1, retain: false });
    if (this.failure) return answer({ success: false, message: this.failure });
    if (api === "refreshCCValues") {
      await answer({ success: true, message: "Success zwave api call" });
      return this.reportMode();
    }
    if (api !== "writeValue" || !vid) return answer({ success: false, message: `Unknown api ${api}` });
    const ok = (status: number) =>
      answer({ success: true, message: "Success zwave api call", result: { status } });
    if (this.status !== null) return ok(this.status);
    const value = args[1];
    let report: () => Promise<unknown>;
    if (vid.commandClass === ZW_CC.doorLock && vid.property === "targetMode") {
      if (this.jam && value === ZW_DOOR_LOCK_SECURED) {
        await ok(254);
        return this.notify("Lock_jammed", null);
      }
      this.mode = value === ZW_DOOR_LOCK_SECURED ? ZW_DOOR_LOCK_SECURED : ZW_DOOR_LOCK_UNSECURED;
      report = () => this.reportMode();
    } else if (vid.commandClass === ZW_CC.userCode && typeof vid.propertyKey === "number") {
      const user = vid.propertyKey;
      if (vid.property === "userCode") this.slots.set(user, String(value));
      else if (vid.property === "userIdStatus" && value === ZW_USER_ID_STATUS.available)
        this.slots.delete(user);
      else return ok(5);
      const status = this.slots.has(user) ? ZW_USER_ID_STATUS.enabled : ZW_USER_ID_STATUS.available;
      report = () =>
        this.pub(`${this.nodeTopic}/${ZW_CC.userCode}/0/userIdStatus/${user}`, {
          time: this.now(),
          value: status,
        });
    } else return ok(4);
    if (this.supervised) {
      await report();
      return ok(255);
    }
    await ok(254);
    await report();
  }
}
