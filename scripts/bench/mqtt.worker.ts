/**
 * Runs in a child process with the react-server condition (server modules are server-only). Starts its own
 * in-memory DynamoDB Local, then on the embedded aedes (MQTT 3.1.1) and on a real Mosquitto (MQTT 5):
 * - command round trip: `commandDevice` as staff → stored, published, acked at once by a real MQTT device
 *   client, ended `acknowledged` in the table; measured sequentially;
 * - ingestion: a burst of access events published as fast as the device can, timed until the bridge has
 *   stored every one (exactly once: the day counter must equal the burst).
 * Prints one JSON line. Args: commands, events.
 */
import { randomUUID } from "node:crypto";
import { startDynamoDbLocal } from "../stack/dynamodb-local";
import { ensureTable } from "../stack/ensure-table";
import { startMosquitto } from "../stack/mosquitto";
import { type RunningBroker, startMqttBroker } from "../stack/mqtt-broker";
import { type HopSplit, hopRecorder, mqttPublishReply, splitHops, writeFloor } from "./device-path-floor";

type BrokerResult = {
  broker: string;
  protocol: number | null;
  roundTripMs: number[];
  acknowledged: number;
  events: number;
  stored: number;
  duplicates: number;
  counted: number;
  ingestMs: number;
  floor: { mqttMs: number[]; putMs: number[]; updateMs: number[]; auditMs: number[] };
  hops: HopSplit[];
};

async function main() {
  const nCommands = Number(process.argv[2] ?? 200);
  const nEvents = Number(process.argv[3] ?? 2000);
  const dynamo = await startDynamoDbLocal();
  const tableName = "bench-mqtt";
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    DYNAMODB_TABLE: tableName,
    AWS_REGION: process.env.AWS_REGION || "us-east-1",
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID || "local",
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY || "local",
  });
  await ensureTable({ endpoint: dynamo.endpoint, region: process.env.AWS_REGION, tableName });
  // imported after the environment points at the bench's own table
  const { MqttBridge } = await import("@/server/mqtt/bridge");
  const { commandDevice } = await import("@/server/services/devices/command-device");
  const { getAccessCountsByDay } = await import("@/server/db/access-logs");
  const { seedBuilding, userActor } = await import("@/test/api-fixtures");
  const { seedDevice } = await import("@/test/device-fixtures");
  const { newBuildingId } = await import("@/test/fixtures");
  const { connectTestDevice, eventually } = await import("@/test/mqtt-device");
  const { db, tableName: table } = await import("@/server/db/client");
  const { setMqttNoDelay } = await import("@/server/mqtt/no-delay");
  const { PutCommand, UpdateCommand } = await import("@aws-sdk/lib-dynamodb");
  const recorder = hopRecorder();
  db().middlewareStack.add(
    (next, context) => (args) => recorder.wrap(context.commandName ?? "?", () => next(args)),
    {
      step: "initialize",
      name: "benchHops",
    },
  );
  const key = (id: string) => ({ pk: `BENCHFLOOR#${id}`, sk: "CMD" });
  const send = async ({
    put,
    update,
  }: {
    name: string;
    put?: Record<string, unknown>;
    update?: Record<string, unknown>;
  }) => {
    if (put) {
      await db().send(
        new PutCommand({
          TableName: table(),
          Item: {
            ...key(String(put.id)),
            status: "pending",
            action: "lock",
            params: {},
            issuedAt: new Date().toISOString(),
          },
          ConditionExpression: "attribute_not_exists(pk)",
        }),
      );
    } else if (update) {
      await db().send(
        new UpdateCommand({
          TableName: table(),
          Key: key(String(update.id)),
          UpdateExpression: "SET #s = :ack, endedAt = :at REMOVE gsi2pk, gsi2sk",
          ConditionExpression: "#s = :pending",
          ExpressionAttributeNames: { "#s": "status" },
          ExpressionAttributeValues: {
            ":ack": "acknowledged",
            ":pending": "pending",
            ":at": new Date().toISOString(),
          },
          ReturnValues: "ALL_NEW",
        }),
      );
    }
  };

  const prefix = `bench${randomUUID().slice(0, 6)}`;
  const day = new Date().toISOString().slice(0, 10);
  const results: BrokerResult[] = [];
  const brokers: [string, () => Promise<RunningBroker>][] = [
    ["aedes", () => startMqttBroker()],
    ["mosquitto", () => startMosquitto()],
  ];
  try {
    for (const [name, start] of brokers) {
      const broker = await start();
      const b = newBuildingId();
      await seedBuilding(b);
      const staff = userActor(b, "staff");
      const lock = await seedDevice(b, { online: true });
      const app = new MqttBridge({
        url: broker.url,
        clientId: `bench-${name}`,
        prefix,
        protocol: "auto",
      }).start();
      const dev = await connectTestDevice({
        url: broker.url,
        prefix,
        buildingId: b,
        deviceId: lock.id,
        autoAck: "ok",
      });
      try {
        await app.ready();
        await dev.online();
        await new Promise((r) => setTimeout(r, 300)); // subscriptions granted, availability applied
        // the floor, each part alone on the same broker and table, just before the round trips
        const mqttMs = await mqttPublishReply(broker.url, nCommands, setMqttNoDelay);
        const writes = await writeFloor(nCommands, send);
        let deviceGotAt: number | undefined;
        dev.client.on("message", () => {
          deviceGotAt = performance.now();
        });
        const roundTripMs: number[] = [];
        const hops: HopSplit[] = [];
        let acknowledged = 0;
        for (let i = 0; i < nCommands; i++) {
          deviceGotAt = undefined;
          recorder.begin();
          const t = performance.now();
          const cmd = await commandDevice(
            staff,
            { deviceId: lock.id, action: i % 2 ? "lock" : "unlock" },
            { bridge: app },
          );
          const end = performance.now();
          roundTripMs.push(end - t);
          const split = splitHops(t, end, recorder.end(), deviceGotAt);
          if (split) hops.push(split);
          if (cmd.status === "acknowledged") acknowledged++;
        }
        const t0 = performance.now();
        const sends: Promise<string>[] = [];
        for (let i = 0; i < nEvents; i++) sends.push(dev.event({ ts: new Date().toISOString() }));
        await Promise.all(sends);
        await eventually(
          () => app.metrics.eventsStored + app.metrics.eventsDuplicate >= nEvents,
          600_000,
          "burst stored",
        );
        const ingestMs = performance.now() - t0;
        const [count] = await getAccessCountsByDay({ buildingId: b, fromDay: day, toDay: day });
        results.push({
          broker: name,
          protocol: app.protocolVersion ?? null,
          roundTripMs,
          acknowledged,
          events: nEvents,
          stored: app.metrics.eventsStored,
          duplicates: app.metrics.eventsDuplicate,
          counted: count?.total ?? 0,
          ingestMs,
          floor: { mqttMs, putMs: writes.put, updateMs: writes.update, auditMs: writes.audit },
          hops,
        });
      } finally {
        await dev.stop().catch(() => undefined);
        await app.stop({ force: true, endSession: true }).catch(() => undefined);
        await broker.stop();
      }
    }
  } finally {
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
