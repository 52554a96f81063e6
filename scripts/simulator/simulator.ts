import mqtt, { type MqttClient } from "mqtt";
import { z } from "zod";
import { ACCESS_METHODS, ACCESS_RESULTS, type AccessMethod } from "@/lib/domain/access-log";
import { setMqttNoDelay } from "@/server/mqtt/no-delay";
import { deviceTopic } from "@/server/mqtt/topics";
import { DeviceModel, type SimCode, type SimDevice } from "./device-model";
import { type AccessEvent, type DeviceLinkOptions, SimulatedDevice } from "./simulated-device";

export type SimulatorOptions = {
  url: string;
  /** MQTT_TOPIC_PREFIX (default `buildingos`) */
  prefix?: string;
  username?: string;
  password?: string;
  devices: SimDevice[];
  /** door codes the locks already hold, by device id */
  codes?: Record<string, SimCode[]>;
  /** devices that stay off the network: their availability is published `offline` (retained) and they never answer */
  offline?: string[];
  ackMs?: number;
  failureRate?: number;
  /** a random door event somewhere every so often (0: never) */
  accessEveryMs?: number;
  /** sensors report a slightly different reading every so often (0: never) */
  telemetryEveryMs?: number;
  log?: (message: string) => void;
};

export type Simulator = {
  devices: Map<string, SimulatedDevice>;
  /** the control topics' root: `{prefix}-simulator/{b}/{d}/use-code` `{pin}` and `…/access` `{method,result}` */
  controlPrefix: string;
  /** someone types `pin` at a lock's keypad: granted when a code it holds matches and is valid now */
  enterPin: (deviceId: string, pin: string) => Promise<AccessEvent>;
  /** a door event of any method and result */
  access: (
    deviceId: string,
    e: { method: AccessMethod; result: "granted" | "denied"; codeId?: string },
  ) => Promise<AccessEvent>;
  /** the device loses power (its last will says offline) */
  cut: (deviceId: string) => void;
  stop: () => Promise<void>;
};

const enterPinSchema = z.object({ pin: z.string().regex(/^\d{1,12}$/) });
const accessSchema = z.object({
  method: z.enum(ACCESS_METHODS),
  result: z.enum(ACCESS_RESULTS),
  codeId: z.string().max(64).optional(),
});

/**
 * Plays a set of devices over the MQTT contract (SPEC.md), one connection per device so each has its own last
 * will. Tests and scripts drive it through the returned handle; other processes (the e2e tests) through the
 * control topics, which live outside the contract's prefix so the app never sees them.
 */
export async function startSimulator(opts: SimulatorOptions): Promise<Simulator> {
  const prefix = opts.prefix ?? "buildingos";
  const log = opts.log ?? (() => {});
  const link: DeviceLinkOptions = {
    url: opts.url,
    prefix,
    username: opts.username,
    password: opts.password,
    ackMs: opts.ackMs ?? 150,
    failureRate: opts.failureRate ?? 0,
    log,
  };
  const offline = new Set(opts.offline ?? []);
  const devices = new Map<string, SimulatedDevice>();
  for (const d of opts.devices) {
    if (offline.has(d.id)) continue;
    devices.set(d.id, new SimulatedDevice(new DeviceModel(d, opts.codes?.[d.id] ?? []), link));
  }
  const controlPrefix = `${prefix}-simulator`;
  const control = await connectControl(opts, controlPrefix);
  const started = await Promise.allSettled([...devices.values()].map((d) => d.start()));
  const failed = started.filter((s) => s.status === "rejected").length;
  if (failed) log(`${failed} of ${devices.size} devices could not announce themselves`);
  for (const d of opts.devices.filter((x) => offline.has(x.id))) {
    await control.publishAsync(deviceTopic(prefix, d.buildingId, d.id, "availability"), "offline", {
      qos: 1,
      retain: true,
    });
  }

  const find = (deviceId: string) => {
    const d = devices.get(deviceId);
    if (!d) throw new Error(`no simulated device ${deviceId}`);
    return d;
  };
  const enterPin = (deviceId: string, pin: string) => {
    const d = find(deviceId);
    const { result, codeId } = d.model.tryPin(pin);
    return d.publishAccess({ method: "pin", result, codeId });
  };
  const access: Simulator["access"] = (deviceId, e) => find(deviceId).publishAccess(e);

  control.on("message", (topic, payload) => {
    const [, , deviceId, verb] = topic.split("/");
    let body: unknown;
    try {
      body = JSON.parse(payload.toString("utf8"));
    } catch {
      return log(`control: ignored a malformed message on ${topic}`);
    }
    const run = async () => {
      if (verb === "use-code") return enterPin(deviceId, enterPinSchema.parse(body).pin);
      if (verb === "access") return access(deviceId, accessSchema.parse(body));
    };
    void run().catch((e: Error) => log(`control: ${topic}: ${e.message}`));
  });

  const timers: ReturnType<typeof setInterval>[] = [];
  if (opts.accessEveryMs && opts.accessEveryMs > 0) {
    timers.push(setInterval(() => void randomAccess(devices, log), opts.accessEveryMs));
  }
  if (opts.telemetryEveryMs && opts.telemetryEveryMs > 0) {
    timers.push(
      setInterval(() => {
        for (const d of devices.values()) {
          if (!d.connected || !d.model.wander()) continue;
          void d.publishState().catch(() => {});
          void d.publishTelemetry().catch(() => {});
        }
      }, opts.telemetryEveryMs),
    );
  }
  log(`playing ${devices.size} devices (${offline.size} kept offline) on ${opts.url}`);

  return {
    devices,
    controlPrefix,
    enterPin,
    access,
    cut: (deviceId) => find(deviceId).cut(),
    stop: async () => {
      for (const t of timers) clearInterval(t);
      await Promise.allSettled([...devices.values()].map((d) => d.stop()));
      await control.endAsync().catch(() => {});
    },
  };
}

async function connectControl(opts: SimulatorOptions, controlPrefix: string): Promise<MqttClient> {
  const client = setMqttNoDelay(
    await mqtt.connectAsync(opts.url, {
      clientId: `sim-control-${Math.random().toString(16).slice(2, 10)}`,
      username: opts.username,
      password: opts.password,
      clean: true,
      reconnectPeriod: 1000,
    }),
  );
  client.on("error", () => {});
  await client.subscribeAsync(`${controlPrefix}/+/+/+`, { qos: 1 });
  return client;
}

/** Mostly residents with keys, fobs and the app; now and then a guest's PIN or a wrong one. */
async function randomAccess(devices: Map<string, SimulatedDevice>, log: (m: string) => void) {
  const locks = [...devices.values()].filter((d) => d.model.device.type === "lock" && d.connected);
  if (!locks.length) return;
  const lock = locks[Math.floor(Math.random() * locks.length)];
  const roll = Math.random();
  try {
    if (roll < 0.2) {
      const codes = lock.model.validCodes();
      const pin = codes.length ? codes[Math.floor(Math.random() * codes.length)].pin : "0000";
      const { result, codeId } = lock.model.tryPin(pin);
      await lock.publishAccess({ method: "pin", result, codeId });
    } else {
      const methods = ["key", "nfc", "app"] as const;
      const method = methods[Math.floor(Math.random() * methods.length)];
      await lock.publishAccess({ method, result: roll < 0.28 ? "denied" : "granted" });
    }
  } catch (e) {
    log(`random access on ${lock.id}: ${(e as Error).message}`);
  }
}
