/**
 * The device simulator on its own: plays every device of the demo buildings (or SIMULATOR_BUILDINGS) over the
 * MQTT contract until SIGINT/SIGTERM. `npm run dev` and the e2e server start it; run it by hand with
 * `npx tsx --conditions=react-server scripts/simulator/main.ts`. Settings (all optional):
 *   MQTT_URL, MQTT_USERNAME, MQTT_PASSWORD, MQTT_TOPIC_PREFIX — the broker, as the app uses it
 *   SIMULATOR_BUILDINGS  building ids, comma-separated (default: the demo buildings)
 *   SIM_ACK_MS           time to acknowledge a command (default 150)
 *   SIM_FAILURE_RATE     share of commands that fail, 0..1 (default 0)
 *   SIM_ACCESS_EVERY_MS  a random door event this often (default 45000; 0 = never)
 *   SIM_TELEMETRY_MS     sensors report new readings this often (default 60000; 0 = never)
 *   SIM_OFFLINE          device ids kept offline, comma-separated (default: the demo's offline locks; `none`)
 */
import { startDialectDevices } from "./dialects/start";
import { demoBuildingIds, demoOfflineDeviceIds, loadSimulatedDevices } from "./load-devices";
import { startSimulator } from "./simulator";

const list = (v: string | undefined) =>
  (v ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function num(name: string, fallback: number, max = Number.MAX_SAFE_INTEGER): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0 || n > max)
    throw new Error(`${name} must be a number between 0 and ${max}`);
  return n;
}

async function main() {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
  const log = (m: string) => console.log(`[simulator] ${m}`);
  const buildings = list(process.env.SIMULATOR_BUILDINGS);
  const offlineSetting = process.env.SIM_OFFLINE;
  const offline =
    offlineSetting === "none" ? [] : offlineSetting ? list(offlineSetting) : demoOfflineDeviceIds();
  const ids = buildings.length ? buildings : demoBuildingIds();
  const { devices, codes } = await loadSimulatedDevices(ids);
  const sim = await startSimulator({
    url: process.env.MQTT_URL || "mqtt://localhost:1883",
    username: process.env.MQTT_USERNAME || undefined,
    password: process.env.MQTT_PASSWORD || undefined,
    prefix: process.env.MQTT_TOPIC_PREFIX || "buildingos",
    devices,
    codes,
    offline,
    ackMs: num("SIM_ACK_MS", 150, 60_000),
    failureRate: num("SIM_FAILURE_RATE", 0, 1),
    accessEveryMs: num("SIM_ACCESS_EVERY_MS", 45_000),
    telemetryEveryMs: num("SIM_TELEMETRY_MS", 60_000),
    log,
  });
  // Zigbee2MQTT and Shelly devices speak their own dialects, as the real ones do (docs/devices.md)
  const dialects = await startDialectDevices(ids, {
    url: process.env.MQTT_URL || "mqtt://localhost:1883",
    username: process.env.MQTT_USERNAME || undefined,
    password: process.env.MQTT_PASSWORD || undefined,
    log,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(dialects.map((d) => d.stop()));
    await sim.stop();
    process.exit(0);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void stop());
}

main().catch((e) => {
  console.error("[simulator] could not start:", e instanceof Error ? e.message : e);
  process.exit(1);
});
