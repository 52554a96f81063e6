/**
 * The embedded broker (aedes) in a process of its own, for the mqtt bench: the app never hosts the broker on its
 * own event loop (`npm run dev` and e2e run it in the stack's process, production uses IoT Core or Mosquitto), and
 * sharing the worker's loop with the bridge, the device and the ingestor made the aedes burst a measure of that
 * one loop rather than of the app's path. Run directly, it starts the broker and prints `READY <port>`.
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { type RunningBroker, startMqttBroker } from "../stack/mqtt-broker";

const require = createRequire(import.meta.url);
const self = fileURLToPath(import.meta.url);

export function startAedesProcess(): Promise<RunningBroker> {
  const child = spawn(process.execPath, [require.resolve("tsx/cli"), self], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    let out = "";
    child.once("error", reject);
    void exited.then(() => reject(new Error(`aedes process exited before it was ready: ${out}`)));
    child.stdout.on("data", (d) => {
      out += d;
      const port = Number(/READY (\d+)/.exec(out)?.[1]);
      if (!port) return;
      child.stdout.removeAllListeners("data");
      child.stdout.resume();
      resolve({
        url: `mqtt://localhost:${port}`,
        port,
        stop: async () => {
          if (child.exitCode === null) child.kill("SIGTERM");
          await exited;
        },
      });
    });
  });
}

if (process.argv[1] === self) {
  void startMqttBroker().then((broker) => {
    process.once("SIGTERM", () => void broker.stop().then(() => process.exit(0)));
    console.log(`READY ${broker.port}`);
  });
}
