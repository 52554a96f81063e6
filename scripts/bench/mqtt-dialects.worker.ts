/**
 * Runs in a child process with the react-server condition. Starts its own DynamoDB Local and a Mosquitto, then
 * measures the four MQTT dialects in the same run, with the same app bridge:
 * - command round trip: `commandDevice` as staff → stored, published in the device's dialect, answered by a real
 *   MQTT client playing the device (native ack; Zigbee2MQTT lock reporting its lock_state; Shelly RPC response
 *   matched by request id; Z-Wave JS UI writeValue answered 254 then the lock's currentMode report), ended
 *   `acknowledged` in the table; sequential;
 * - ingestion: a burst of door events in the dialect (native `events`; Zigbee2MQTT keypad `action` messages, each
 *   also a state; Shelly `NotifyEvent` exit-button pushes; Z-Wave `Keypad_unlock_operation` notifications, each followed by a
 *   currentMode report), timed until the bridge stored every one.
 * Prints one JSON line. Args: commands, events.
 */
import { randomUUID } from "node:crypto";
import { startDynamoDbLocal } from "../stack/dynamodb-local";
import { ensureTable } from "../stack/ensure-table";
import { startMosquitto } from "../stack/mosquitto";

type DialectResult = {
  dialect: string;
  roundTripMs: number[];
  acknowledged: number;
  events: number;
  stored: number;
  ingestMs: number;
};

async function main() {
  const nCommands = Number(process.argv[2] ?? 100);
  const nEvents = Number(process.argv[3] ?? 1000);
  const dynamo = await startDynamoDbLocal();
  const tableName = "bench-mqtt-dialects";
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    DYNAMODB_TABLE: tableName,
    AWS_REGION: process.env.AWS_REGION || "us-east-1",
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID || "local",
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY || "local",
  });
  await ensureTable({ endpoint: dynamo.endpoint, region: process.env.AWS_REGION, tableName });
  const { MqttBridge } = await import("@/server/mqtt/bridge");
  const { commandDevice } = await import("@/server/services/devices/command-device");
  const { registerDevice: registerDeviceForActor } = await import(
    "@/server/services/devices/register-device"
  );
  const { seedBuilding, userActor } = await import("@/test/api-fixtures");
  const { newBuildingId } = await import("@/test/fixtures");
  const { connectTestDevice, eventually } = await import("@/test/mqtt-device");
  const { Zigbee2mqttDevice } = await import("../simulator/dialects/zigbee2mqtt-device");
  const { ShellyDevice } = await import("../simulator/dialects/shelly-device");
  const { ZwaveJsUiDevice } = await import("../simulator/dialects/zwave-js-ui-device");

  const broker = await startMosquitto();
  const prefix = `bench${randomUUID().slice(0, 6)}`;
  const b = newBuildingId();
  await seedBuilding(b);
  const staff = userActor(b, "staff");
  const manager = userActor(b, "manager");
  const app = new MqttBridge({
    url: broker.url,
    clientId: "bench-dialects",
    prefix,
    protocol: "auto",
  }).start();
  await app.ready();
  const results: DialectResult[] = [];
  const register = (
    name: string,
    protocol: "buildingos" | "zigbee2mqtt" | "shelly" | "zwave-js-ui",
    address?: object,
  ) =>
    registerDeviceForActor(manager, {
      type: "lock",
      name,
      unitId: null,
      model: "",
      location: "",
      protocol,
      address,
    });
  const measure = async (dialect: string, deviceId: string, burst: () => Promise<unknown>) => {
    await eventually(
      async () =>
        (await import("@/server/db/devices"))
          .findDevice({ buildingId: b, deviceId })
          .then((d) => d?.online === true),
      10_000,
    );
    const roundTripMs: number[] = [];
    let acknowledged = 0;
    for (let i = 0; i < nCommands; i++) {
      const t = performance.now();
      const cmd = await commandDevice(
        staff,
        { deviceId, action: i % 2 ? "lock" : "unlock" },
        { bridge: app },
      );
      roundTripMs.push(performance.now() - t);
      if (cmd.status === "acknowledged") acknowledged++;
    }
    const before = app.metrics.eventsStored;
    const t0 = performance.now();
    await burst();
    await eventually(() => app.metrics.eventsStored - before >= nEvents, 600_000, `${dialect} burst stored`);
    results.push({
      dialect,
      roundTripMs,
      acknowledged,
      events: nEvents,
      stored: app.metrics.eventsStored - before,
      ingestMs: performance.now() - t0,
    });
  };
  try {
    const native = await register("Native", "buildingos");
    const dev = await connectTestDevice({
      url: broker.url,
      prefix,
      buildingId: b,
      deviceId: native.id,
      autoAck: "ok",
    });
    await dev.online();
    await measure("buildingos (native)", native.id, () =>
      Promise.all(Array.from({ length: nEvents }, () => dev.event({ ts: new Date().toISOString() }))),
    );
    await dev.stop();

    const friendlyName = `bench_lock_${randomUUID().slice(0, 6)}`;
    const z = await register("Z2M", "zigbee2mqtt", { baseTopic: "zigbee2mqtt", friendlyName });
    const lock = await Zigbee2mqttDevice.connect({
      url: broker.url,
      friendlyName,
      kind: "lock",
      replyDelayMs: 0,
    });
    await lock.availability(true);
    await measure("zigbee2mqtt", z.id, () =>
      Promise.all(Array.from({ length: nEvents }, () => lock.keypad("0000"))),
    );
    await lock.stop();

    const topicPrefix = ShellyDevice.newPrefix();
    const s = await register("Shelly", "shelly", { topicPrefix, switchId: 0, pulseSeconds: 1 });
    const relay = await ShellyDevice.connect({ url: broker.url, topicPrefix });
    await relay.online(true);
    await measure("shelly", s.id, () =>
      Promise.all(Array.from({ length: nEvents }, () => relay.exitButton())),
    );
    await relay.stop();

    const nodeName = `bench_zwave_${randomUUID().slice(0, 6)}`;
    const zwAddress = { prefix: "zwave", gatewayName: "bench", nodeId: 7, nodeName, endpoint: 0 };
    const zw = await register("Z-Wave", "zwave-js-ui", zwAddress);
    const zlock = await ZwaveJsUiDevice.connect({ url: broker.url, ...zwAddress });
    zlock.slots.set(1, "0000");
    await zlock.alive(true);
    await measure("zwave-js-ui", zw.id, () =>
      Promise.all(Array.from({ length: nEvents }, () => zlock.keypad("0000"))),
    );
    await zlock.stop();
  } finally {
    await app.stop({ force: true, endSession: true }).catch(() => undefined);
    await broker.stop();
    await dynamo.stop();
  }
  console.log(JSON.stringify(results));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
