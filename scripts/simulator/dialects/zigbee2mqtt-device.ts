import { randomUUID } from "node:crypto";
import mqtt, { type MqttClient } from "mqtt";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";

/**
 * Plays what a Zigbee2MQTT installation publishes for one device, as its docs and converters describe it (not a
 * mock: a real MQTT client on the real broker): the device's whole cached state on `{base}/{name}` after every
 * change, an `action` once in the message of a lock operation or programming event (then gone from the cache),
 * availability on `{base}/{name}/availability` as `{"state":"online"}`, commands on `/set` and `/get`. Locks
 * answer `state` and `pin_code` as `fz.lock`, `fz.lock_programming_event` and `fz.lock_set_pin_code_response` do.
 *
 * Awkward parts on purpose: `retainState` publishes the state retained (a broker then hands it to a new subscriber,
 * however old), `jam` makes a lock report `not_fully_locked`, `silent` answers nothing, `flap()` toggles availability.
 */
export type Z2mDeviceOptions = {
  url: string;
  baseTopic?: string;
  friendlyName: string;
  kind: "lock" | "leak";
  retainState?: boolean;
  username?: string;
  password?: string;
  replyDelayMs?: number;
};

export class Zigbee2mqttDevice {
  readonly sets: Record<string, unknown>[] = [];
  /** the lock's user slots: slot → PIN */
  readonly slots = new Map<number, string>();
  jam = false;
  silent = false;
  /** the bridge cannot reach the device: each `set` logs `Publish 'set' … failed: '<this>'` on `bridge/logging` */
  publishError: string | null = null;
  private cache: Record<string, unknown>;
  private constructor(
    private readonly client: MqttClient,
    private readonly o: Z2mDeviceOptions,
  ) {
    this.cache =
      o.kind === "lock"
        ? { state: "LOCK", lock_state: "locked", battery: 91, linkquality: 120 }
        : {
            water_leak: false,
            battery_low: false,
            tamper: false,
            battery: 100,
            voltage: 3000,
            linkquality: 90,
          };
  }

  static async connect(o: Z2mDeviceOptions): Promise<Zigbee2mqttDevice> {
    const client = setMqttNoDelay(
      mqtt.connect(o.url, {
        clientId: `z2m-${o.friendlyName}-${randomUUID().slice(0, 6)}`.slice(0, 60),
        username: o.username,
        password: o.password,
        clean: true,
        reconnectPeriod: 0,
      }),
    );
    await new Promise<void>((resolve, reject) => {
      client.once("connect", () => resolve());
      client.once("error", reject);
    });
    const d = new Zigbee2mqttDevice(client, o);
    await client.subscribeAsync([`${d.topic}/set`, `${d.topic}/get`], { qos: 1 });
    client.on("message", (topic, payload) => {
      let body: Record<string, unknown>;
      try {
        body = JSON.parse(payload.toString());
      } catch {
        return;
      }
      d.sets.push(body);
      if (d.silent) return;
      setTimeout(() => void d.onSet(topic.endsWith("/get"), body), o.replyDelayMs ?? 30);
    });
    return d;
  }

  get topic() {
    return `${this.o.baseTopic ?? "zigbee2mqtt"}/${this.o.friendlyName}`;
  }

  get state() {
    return { ...this.cache };
  }

  /** Publishes the cached state (plus a one-off `action` and its fields). */
  async publish(extra: Record<string, unknown> = {}, retain = this.o.retainState ?? false) {
    await this.client.publishAsync(this.topic, JSON.stringify({ ...this.cache, ...extra }), {
      qos: 1,
      retain,
    });
  }

  async availability(online: boolean) {
    await this.client.publishAsync(
      `${this.topic}/availability`,
      JSON.stringify({ state: online ? "online" : "offline" }),
      {
        qos: 1,
        retain: true,
      },
    );
  }

  /** As the bridge does: the retained `{base}/bridge/devices` list of every paired device (empty payload clears it). */
  async bridgeDevices(list: unknown[] | null) {
    const topic = `${this.o.baseTopic ?? "zigbee2mqtt"}/bridge/devices`;
    await this.client.publishAsync(topic, list ? JSON.stringify(list) : "", { qos: 1, retain: true });
  }

  /** offline then online again, `times` times: a router that drops and rejoins */
  async flap(times = 2) {
    for (let i = 0; i < times; i++) {
      await this.availability(false);
      await this.availability(true);
    }
  }

  /** Someone types a PIN on the keypad: the slot holding it unlocks (`action_user`), any other is refused. */
  async keypad(pin: string) {
    const slot = [...this.slots].find(([, p]) => p === pin)?.[0];
    if (slot === undefined) {
      await this.publish({
        action: "unlock_failure_invalid_pin_or_id",
        action_source: 0,
        action_source_name: "keypad",
      });
      return null;
    }
    this.cache = { ...this.cache, state: "UNLOCK", lock_state: "unlocked" };
    await this.publish({
      action: "unlock",
      action_user: slot,
      action_source: 0,
      action_source_name: "keypad",
    });
    return slot;
  }

  /** the leak sensor sees water (or dries) */
  async leak(wet: boolean, over: Record<string, unknown> = {}) {
    this.cache = { ...this.cache, water_leak: wet, ...over };
    await this.publish();
  }

  async stop() {
    // clear what was retained so later tests on the same broker start clean
    await this.client.publishAsync(this.topic, "", { qos: 1, retain: true });
    await this.client.publishAsync(`${this.topic}/availability`, "", { qos: 1, retain: true });
    await this.client.endAsync();
  }

  private async onSet(isGet: boolean, body: Record<string, unknown>) {
    if (isGet) return this.publish();
    if (this.publishError) {
      const key = Object.keys(body)[0] ?? "state";
      const message = `Publish 'set' '${key}' to '${this.o.friendlyName}' failed: '${this.publishError}'`;
      await this.client.publishAsync(
        `${this.o.baseTopic ?? "zigbee2mqtt"}/bridge/logging`,
        JSON.stringify({ level: "error", message }),
        { qos: 1 },
      );
      return;
    }
    if (body.state === "LOCK" || body.state === "UNLOCK") {
      const lock = body.state === "LOCK";
      const lockState = lock ? (this.jam ? "not_fully_locked" : "locked") : "unlocked";
      this.cache = {
        ...this.cache,
        state: lockState === "locked" ? "LOCK" : "UNLOCK",
        lock_state: lockState,
      };
      // the lock's operation event for a Zigbee (RF) command, then its attribute report
      await this.publish({
        action: lock ? "lock" : "unlock",
        action_user: 0,
        action_source: 1,
        action_source_name: "rf",
      });
      return;
    }
    const pin = body.pin_code as { user?: number; pin_code?: unknown } | undefined;
    if (pin && typeof pin.user === "number") {
      if (pin.pin_code == null) {
        this.slots.delete(pin.user);
        this.cache = { ...this.cache, last_successful_pincode_clear: Date.now() };
        await this.publish({
          action: "pin_code_deleted",
          action_user: pin.user,
          action_source: 1,
          action_source_name: "rf",
        });
      } else {
        this.slots.set(pin.user, String(pin.pin_code));
        this.cache = { ...this.cache, last_successful_pincode_save: Date.now() };
        await this.publish({
          action: "pin_code_added",
          action_user: pin.user,
          action_source: 1,
          action_source_name: "rf",
        });
      }
    }
  }
}
