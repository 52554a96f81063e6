import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { spawnGroup } from "../stack/child-process";

const root = fileURLToPath(new URL("../..", import.meta.url));
const require = createRequire(import.meta.url);

/** `SIMULATOR=off` (or `0`, `false`) leaves the devices to real hardware or to tests. */
export const simulatorEnabled = (env: NodeJS.ProcessEnv) =>
  !["off", "0", "false", "no"].includes((env.SIMULATOR ?? "on").trim().toLowerCase());

/**
 * Starts the device simulator (scripts/simulator/main.ts) as a child in its own process group: it reads the
 * registry through the app's server modules, which need the react-server condition.
 */
export function spawnSimulator(env: NodeJS.ProcessEnv) {
  const tsx = require.resolve("tsx/cli");
  return spawnGroup(process.execPath, [tsx, "--conditions=react-server", "scripts/simulator/main.ts"], {
    env,
    cwd: root,
  });
}
