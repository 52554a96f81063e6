import { createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/stack/free-port";
import { type RunningBroker, startMqttBroker } from "../../scripts/stack/mqtt-broker";
import { checkMqtt } from "./health";

let broker: RunningBroker;

beforeAll(async () => {
  broker = await startMqttBroker();
  process.env.MQTT_URL = broker.url; // read by config() on its first call, below
});

afterAll(async () => {
  await broker?.stop();
});

describe("checkMqtt", () => {
  it("is up when the broker accepts a connection (configured URL)", async () => {
    const res = await checkMqtt();
    expect(res).toMatchObject({ ok: true });
    expect(res.error).toBeUndefined();
  });

  it("is down, quickly, when nothing listens", async () => {
    const started = Date.now();
    const res = await checkMqtt({ url: `mqtt://localhost:${await freePort()}` });
    expect(res.ok).toBe(false);
    expect(res.error).toBeTruthy();
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("gives up at the deadline when the port never speaks MQTT", async () => {
    const silent = createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, "127.0.0.1", () => r()));
    const port = (silent.address() as { port: number }).port;
    try {
      const started = Date.now();
      const res = await checkMqtt({ url: `mqtt://127.0.0.1:${port}`, timeoutMs: 500 });
      expect(res.ok).toBe(false);
      expect(Date.now() - started).toBeLessThan(1500);
    } finally {
      silent.close();
    }
  });

  it("is down when the broker refuses the credentials", async () => {
    const locked = await startMqttBroker({ username: "device", password: "secret" });
    try {
      const res = await checkMqtt({ url: locked.url });
      expect(res.ok).toBe(false);
    } finally {
      await locked.stop();
    }
  });
});
