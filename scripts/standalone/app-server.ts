import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { spawnGroup } from "../stack/child-process";

/** Unlocks /api/health's details (MQTT connection and counters) on the servers these scripts start. */
export const HEALTH_TOKEN = process.env.HEALTH_TOKEN || randomBytes(24).toString("hex");

export type AppServer = {
  name: string;
  url: string;
  pid: number | undefined;
  exited: Promise<number>;
  stop: (graceMs?: number) => Promise<void>;
};

/**
 * Starts `node server.js` of Next's standalone output as the container runs it (NEXT_MANUAL_SIG_HANDLE=1: the
 * app's graceful stop), against the stack in `env`, with its own INSTANCE_ID (its MQTT session) and port.
 * Its output is prefixed with its name.
 */
export function startAppServer(opts: {
  standalone: string;
  name: string;
  instanceId: string;
  port: number;
  env: Record<string, string | undefined>;
  /** set last, over the defaults below */
  extraEnv?: Record<string, string>;
}): AppServer {
  const url = `http://localhost:${opts.port}`;
  const server = spawnGroup(process.execPath, [join(opts.standalone, "server.js")], {
    cwd: opts.standalone,
    prefix: `[${opts.name}] `,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      ...opts.env,
      NODE_ENV: "production",
      PORT: String(opts.port),
      HOSTNAME: "localhost",
      APP_URL: url,
      AUTH_URL: url,
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      NEXT_MANUAL_SIG_HANDLE: "1",
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      INSTANCE_ID: opts.instanceId,
      SIMULATOR: "off",
      HEALTH_TOKEN,
      ...opts.extraEnv,
    },
  });
  return { name: opts.name, url, pid: server.child.pid, exited: server.exited, stop: server.stop };
}

export type Health = {
  status: number;
  body: {
    status?: string;
    details?: {
      mqttClient?: { connected: boolean; protocol: number; counters: Record<string, number> } | null;
    };
  };
};

export async function getHealth(url: string): Promise<Health | undefined> {
  try {
    const res = await fetch(`${url}/api/health`, {
      headers: { authorization: `Bearer ${HEALTH_TOKEN}` },
      signal: AbortSignal.timeout(5000),
    });
    return { status: res.status, body: (await res.json()) as Health["body"] };
  } catch {
    return undefined;
  }
}

/** Polls /api/health until it answers 200 with the broker connected; the last answer and how long it took. */
export async function waitHealthy(server: AppServer, timeoutMs = 60_000) {
  const started = Date.now();
  let last: Health | undefined;
  let exited = false;
  void server.exited.then(() => {
    exited = true;
  });
  while (Date.now() - started < timeoutMs && !exited) {
    last = await getHealth(server.url);
    if (last?.status === 200 && last.body.details?.mqttClient?.connected) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return { health: last, ms: Date.now() - started };
}
