import { createServer, type Socket } from "node:net";
import { Aedes } from "aedes";
import mqtt from "mqtt";

export type RunningBroker = { url: string; port: number; stop: () => Promise<void> };

/**
 * Starts an embedded MQTT 3.1.1 broker (aedes, in memory): QoS 0/1/2, retained messages and last-will.
 * Listens on loopback only. With `username`, clients must present that username and password.
 */
export async function startMqttBroker(
  opts: { port?: number; host?: string; username?: string; password?: string } = {},
): Promise<RunningBroker> {
  // An `authenticate: undefined` key would replace aedes' default handler: only pass it when wanted.
  const broker = await Aedes.createBroker(
    opts.username
      ? {
          authenticate: (_client, username, password, done) => {
            const ok = username === opts.username && (password?.toString() ?? "") === (opts.password ?? "");
            done(null, ok);
          },
        }
      : {},
  );
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.setNoDelay(true); // Nagle off: MQTT's small request/reply packets must not wait for delayed ACKs
    socket.once("close", () => sockets.delete(socket));
    broker.handle(socket);
  });
  const host = opts.host ?? "127.0.0.1";
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(opts.port ?? 0, host, () => {
        server.off("error", reject);
        resolve();
      });
    });
  } catch (e) {
    await new Promise<void>((resolve) => broker.close(() => resolve()));
    throw e;
  }
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  let stopped = false;
  return {
    url: `mqtt://localhost:${port}`,
    port,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      await new Promise<void>((resolve) => broker.close(() => resolve()));
      for (const s of sockets) s.destroy();
      await closed;
    },
  };
}

/** True when an MQTT broker accepts a connection at `url` within `timeoutMs` (used to adopt a running mosquitto). */
export function probeMqtt(
  url: string,
  opts: { username?: string; password?: string; timeoutMs?: number } = {},
): Promise<boolean> {
  const timeoutMs = opts.timeoutMs ?? 1500;
  return new Promise((resolve) => {
    const client = mqtt.connect(url, {
      username: opts.username,
      password: opts.password,
      connectTimeout: timeoutMs,
      reconnectPeriod: 0,
      clientId: `buildingos-probe-${Math.random().toString(16).slice(2, 10)}`,
    });
    let done = false;
    const finish = (ok: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      client.removeAllListeners();
      client.on("error", () => {});
      client.end(true);
      resolve(ok);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    client.once("connect", () => finish(true));
    client.once("error", () => finish(false));
    client.once("close", () => finish(false));
  });
}
