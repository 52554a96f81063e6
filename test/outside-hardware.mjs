// An OUTSIDE process playing real hardware on an MQTT broker, sharing no code with the app (only mqtt.js): a
// Zigbee2MQTT keypad lock (zigbee2mqtt.io: `<base>/<name>`, `/set`, `/get`, `/availability`, `pin_code`, keypad
// `action`/`action_user`/`action_source_name`) and a Shelly Gen2 relay (Shelly Gen2 API: JSON-RPC on `<prefix>/rpc`
// answered on `<src>/rpc` by id, `<prefix>/online`, NotifyStatus on `<prefix>/events/rpc`).
// Usage: node test/outside-hardware.mjs <brokerUrl> <z2mFriendlyName> <shellyPrefix>
// Driven by JSON lines on stdin ({"op":…}); answers one JSON line per op on stdout ({"op","done":true,…}).
import { createInterface } from "node:readline";
import mqtt from "mqtt";

const [url, friendlyName, shellyPrefix] = process.argv.slice(2);
const lockTopic = `zigbee2mqtt/${friendlyName}`;
const lock = {
  cache: { state: "LOCK", lock_state: "locked", battery: 88, linkquality: 110 },
  slots: new Map(),
  jam: false,
  silent: false,
};
const relay = { output: false, silent: false, error: null };

const out = (o) => process.stdout.write(`${JSON.stringify(o)}\n`);
const connect = (clientId, will) =>
  new Promise((resolve, reject) => {
    const c = mqtt.connect(url, { clientId, clean: true, reconnectPeriod: 0, will });
    c.once("connect", () => resolve(c));
    c.once("error", reject);
  });

// Zigbee2MQTT bridge (one client for its devices) and the Shelly (its own client, last will `online` false)
const z2m = await connect(`z2m-outside-${process.pid}`);
const shelly = await connect(shellyPrefix, {
  topic: `${shellyPrefix}/online`,
  payload: Buffer.from("false"),
  qos: 1,
  retain: true,
});

const publishLock = (extra = {}) =>
  z2m.publishAsync(
    lockTopic,
    JSON.stringify({ ...lock.cache, ...extra, last_seen: new Date().toISOString() }),
    { qos: 1 },
  );
const lockAvailability = (online) =>
  z2m.publishAsync(`${lockTopic}/availability`, JSON.stringify({ state: online ? "online" : "offline" }), {
    qos: 1,
    retain: true,
  });

await z2m.subscribeAsync([`${lockTopic}/set`, `${lockTopic}/get`], { qos: 1 });
z2m.on("message", async (topic, payload) => {
  let body;
  try {
    body = JSON.parse(payload.toString());
  } catch {
    return;
  }
  out({ heard: "z2m", topic, body: body.pin_code ? { pin_code: { user: body.pin_code.user } } : body });
  if (lock.silent) return;
  if (topic.endsWith("/get")) return publishLock();
  if (body.state === "LOCK" || body.state === "UNLOCK") {
    const locking = body.state === "LOCK";
    const ls = locking ? (lock.jam ? "not_fully_locked" : "locked") : "unlocked";
    lock.cache = { ...lock.cache, state: ls === "locked" ? "LOCK" : "UNLOCK", lock_state: ls };
    return publishLock({ action: locking ? "lock" : "unlock", action_source: 1, action_source_name: "rf" });
  }
  const pin = body.pin_code;
  if (pin && typeof pin.user === "number") {
    if (pin.pin_code === null || pin.pin_code === undefined) lock.slots.delete(pin.user);
    else lock.slots.set(pin.user, String(pin.pin_code));
    const added = lock.slots.has(pin.user);
    return publishLock({
      action: added ? "pin_code_added" : "pin_code_deleted",
      action_user: pin.user,
      action_source: 1,
      action_source_name: "rf",
    });
  }
});

let lastTs = 0;
const notify = (params) => {
  lastTs = Math.max(Date.now() / 1000, lastTs + 0.001);
  const n = {
    src: shellyPrefix,
    dst: `${shellyPrefix}/events`,
    method: "NotifyStatus",
    params: { ts: lastTs, ...params },
  };
  return shelly.publishAsync(`${shellyPrefix}/events/rpc`, JSON.stringify(n), { qos: 1 });
};
await shelly.subscribeAsync(`${shellyPrefix}/rpc`, { qos: 1 });
shelly.on("message", async (_topic, payload) => {
  let req;
  try {
    req = JSON.parse(payload.toString());
  } catch {
    return;
  }
  out({ heard: "shelly", method: req.method, params: req.params });
  if (relay.silent || typeof req.src !== "string") return;
  const reply = (body) =>
    shelly.publishAsync(
      `${req.src}/rpc`,
      JSON.stringify({ id: req.id, src: shellyPrefix, dst: req.src, ...body }),
      {
        qos: 1,
      },
    );
  if (relay.error) return reply({ error: relay.error });
  if (req.method === "Switch.GetStatus") return reply({ result: { id: 0, output: relay.output } });
  if (req.method !== "Switch.Set")
    return reply({ error: { code: -114, message: `Method ${req.method} failed` } });
  const was = relay.output;
  relay.output = req.params?.on === true;
  await reply({ result: { was_on: was } });
  await notify({ "switch:0": { id: 0, output: relay.output, source: "MQTT" } });
  if (typeof req.params?.toggle_after === "number")
    setTimeout(() => {
      relay.output = !relay.output;
      void notify({ "switch:0": { id: 0, output: relay.output, source: "timer" } });
    }, req.params.toggle_after * 1000);
});

const ops = {
  async online({ on }) {
    await lockAvailability(on);
    await shelly.publishAsync(`${shellyPrefix}/online`, on ? "true" : "false", { qos: 1, retain: true });
    if (on) {
      await publishLock();
      await notify({ "switch:0": { id: 0, output: relay.output } });
    }
  },
  async lockAvailability({ on }) {
    await lockAvailability(on);
  },
  async relayOnline({ on }) {
    await shelly.publishAsync(`${shellyPrefix}/online`, on ? "true" : "false", { qos: 1, retain: true });
  },
  async set({ device, ...flags }) {
    Object.assign(device === "lock" ? lock : relay, flags);
  },
  /** a PIN typed on the keypad: the slot holding it unlocks, naming the slot; a wrong PIN is refused */
  async keypad({ pin }) {
    const slot = [...lock.slots].find(([, p]) => p === pin)?.[0];
    if (slot === undefined) {
      await publishLock({
        action: "unlock_failure_invalid_pin_or_id",
        action_source: 0,
        action_source_name: "keypad",
      });
      return { slot: null };
    }
    lock.cache = { ...lock.cache, state: "UNLOCK", lock_state: "unlocked" };
    await publishLock({
      action: "unlock",
      action_user: slot,
      action_source: 0,
      action_source_name: "keypad",
    });
    return { slot };
  },
  /** the bridge's retained `bridge/devices` list: the coordinator, our lock and an (unregistered) leak sensor */
  async bridgeDevices({ leakName }) {
    const list = [
      {
        ieee_address: "0x00124b0000000001",
        type: "Coordinator",
        friendly_name: "Coordinator",
        definition: null,
      },
      {
        ieee_address: "0x000d6f0000000002",
        type: "EndDevice",
        friendly_name: friendlyName,
        supported: true,
        definition: {
          model: "99140-002",
          vendor: "Kwikset",
          exposes: [
            { type: "lock", features: [{ name: "state", property: "state" }, { property: "lock_state" }] },
            { property: "pin_code", type: "composite" },
            { property: "battery", type: "numeric" },
          ],
        },
      },
      {
        ieee_address: "0x00158d0000000003",
        type: "EndDevice",
        friendly_name: leakName,
        supported: true,
        definition: {
          model: "SJCGQ11LM",
          vendor: "Aqara",
          exposes: [
            { property: "water_leak", type: "binary" },
            { property: "battery", type: "numeric" },
          ],
        },
      },
    ];
    await z2m.publishAsync("zigbee2mqtt/bridge/devices", JSON.stringify(list), { qos: 1, retain: true });
  },
  /** what the lock holds, as its owner could read it off the keypad's admin menu */
  async slots() {
    return { slots: Object.fromEntries(lock.slots) };
  },
  async quit() {
    await lockAvailability(false);
    await z2m.publishAsync(`${shellyPrefix}/online`, "", { qos: 1, retain: true });
    await z2m.publishAsync(`${lockTopic}/availability`, "", { qos: 1, retain: true });
    await z2m.publishAsync("zigbee2mqtt/bridge/devices", "", { qos: 1, retain: true });
    await Promise.all([z2m.endAsync(), shelly.endAsync()]);
    out({ op: "quit", done: true });
    process.exit(0);
  },
};

createInterface({ input: process.stdin }).on("line", async (line) => {
  let msg;
  try {
    msg = JSON.parse(line);
    out({ op: msg.op, done: true, ...((await ops[msg.op](msg)) ?? {}) });
  } catch (e) {
    out({ op: msg?.op ?? null, done: false, error: String(e) });
  }
});
out({ op: "start", done: true });
