import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import type { ShellyNotification, ShellyRequest, ShellyResponse } from "@/lib/domain/shelly";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";

/**
 * Plays a Shelly Gen2 relay (Pro 1 / Plus 1) over MQTT as its API docs describe it (a real MQTT client): RPC
 * requests on `{prefix}/rpc`, each answered on `{src}/rpc` with the request's id; `{prefix}/online` `true`
 * (retained; `false` is its last will); NotifyStatus / NotifyEvent on `{prefix}/events/rpc`. `Switch.Set` with
 * `toggle_after` turns the output back after that many seconds. `errorFrame` answers every request with that
 * error frame; `silent` answers nothing. Input 1 is a door contact, input 2 an exit button.
 */
export type ShellyDeviceOptions = { url: string; topicPrefix: string; username?: string; password?: string };

export class ShellyDevice {
  readonly requests: ShellyRequest[] = [];
  output = false;
  errorFrame: { code: number; message: string } | null = null;
  silent = false;
  private lastTs = 0;
  private constructor(
    private readonly client: MqttClient,
    private readonly prefix: string,
  ) {}

  static async connect(o: ShellyDeviceOptions): Promise<ShellyDevice> {
    const client = setMqttNoDelay(
      mqtt.connect(o.url, {
        clientId: o.topicPrefix,
        username: o.username,
        password: o.password,
        clean: true,
        reconnectPeriod: 0,
        will: { topic: `${o.topicPrefix}/online`, payload: Buffer.from("false"), qos: 1, retain: true },
      }),
    );
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("error", reject);
    });
    const d = new ShellyDevice(client, o.topicPrefix);
    await client.subscribeAsync(`${o.topicPrefix}/rpc`, { qos: 1 });
    client.on("message", (_t, payload) => {
      try {
        void d.onRequest(JSON.parse(payload.toString()) as ShellyRequest);
      } catch {}
    });
    return d;
  }

  static newPrefix() {
    return `shellypro1-${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  }

  async online(on = true) {
    await this.client.publishAsync(`${this.prefix}/online`, on ? "true" : "false", { qos: 1, retain: true });
  }

  /** the door contact on input 1 opens or closes */
  async contact(open: boolean) {
    await this.notify("NotifyStatus", { "input:1": { id: 1, state: open } });
  }

  /** the exit button on input 2 is pushed (`at`: the same notification again, as a QoS 1 redelivery would be) */
  async exitButton(at?: number) {
    const ts = at ?? this.now();
    await this.notify(
      "NotifyEvent",
      { events: [{ component: "input:2", id: 2, event: "single_push", ts }] },
      ts,
    );
    return ts;
  }

  async stop() {
    await this.client.publishAsync(`${this.prefix}/online`, "", { qos: 1, retain: true });
    await this.client.endAsync();
  }

  /** the device's clock, in seconds with ms: two notifications never share a `ts` */
  private now() {
    this.lastTs = Math.max(Date.now() / 1000, this.lastTs + 0.001);
    return this.lastTs;
  }

  private async notify(
    method: ShellyNotification["method"],
    params: Record<string, unknown>,
    ts = this.now(),
  ) {
    const n = { src: this.prefix, dst: `${this.prefix}/events`, method, params: { ts, ...params } };
    await this.client.publishAsync(`${this.prefix}/events/rpc`, JSON.stringify(n), { qos: 1 });
  }

  private async onRequest(req: ShellyRequest) {
    this.requests.push(req);
    if (this.silent || typeof req.src !== "string") return;
    const reply = (body: Partial<ShellyResponse>) =>
      this.client.publishAsync(
        `${req.src}/rpc`,
        JSON.stringify({ id: req.id, src: this.prefix, dst: req.src, ...body }),
        {
          qos: 1,
        },
      );
    if (this.errorFrame) return reply({ error: this.errorFrame });
    const p = req.params ?? {};
    if ((req.method === "Switch.Set" || req.method === "Switch.GetStatus") && p.id !== 0)
      return reply({ error: { code: -105, message: `Argument 'id', value ${String(p.id)} not found!` } });
    if (req.method === "Switch.GetStatus") return reply({ result: this.switchStatus() });
    if (req.method !== "Switch.Set")
      return reply({ error: { code: -114, message: `Method ${req.method} failed: not supported` } });
    const was = this.output;
    await this.setOutput(p.on === true);
    await reply({ result: { was_on: was } });
    if (typeof p.toggle_after === "number")
      setTimeout(() => void this.setOutput(!this.output).catch(() => undefined), p.toggle_after * 1000);
  }

  private switchStatus() {
    return {
      id: 0,
      source: "MQTT",
      output: this.output,
      apower: 0,
      voltage: 230.1,
      temperature: { tC: 41.2, tF: 106.2 },
    };
  }

  private async setOutput(on: boolean) {
    this.output = on;
    await this.notify("NotifyStatus", { "switch:0": { id: 0, output: on, source: "MQTT" } });
  }
}
