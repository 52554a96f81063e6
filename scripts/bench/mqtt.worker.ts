/**
 * Runs in a child process with the react-server condition (server modules are server-only). Starts its own
 * in-memory DynamoDB Local, then on the embedded aedes (MQTT 3.1.1) and on a real Mosquitto (MQTT 5):
 * - command round trip: `commandDevice` as staff → stored, published, acked at once by a real MQTT device
 *   client, ended `acknowledged` in the table; measured sequentially;
 * - ingestion: a burst of access events published as fast as the device can, timed until the bridge has
 *   stored every one, while the stream reader counts them as the app's job does (each second); then the time
 *   until the day counter equals the burst (exactly once: rows = counter = events).
 * Prints one JSON line. Args: commands, events.
 */
import { randomUUID } from "node:crypto";
import { startDynamoDbLocal } from "../stack/dynamodb-local";
import { ensureTable } from "../stack/ensure-table";
import { startMosquitto } from "../stack/mosquitto";
import type { RunningBroker } from "../stack/mqtt-broker";
import { startAedesProcess } from "./aedes-process";
import { type HopSplit, hopRecorder, mqttPublishReply, splitHops, writeFloor } from "./device-path-floor";
import { batchWriteFloor, type FlushSplit, floorLogs, flushHops } from "./ingest-floor";

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
  /** the same number of items, raw, on the same DynamoDB Local just before the burst (ms) */
  ingestFloor: { batchWriteMs: number };
  /** ms from the burst stored until the day counter equals it (the stream reader's lag) */
  countLagMs: number;
  ingestHops: FlushSplit;
  /** ms from the first publish until the device's last publish was handed to the broker's socket */
  publishMs: number;
};

/** `BENCH_INGEST=90x2`: the ingestor's chunk size and flushes in flight, to compare settings (default: the app's). */
function ingestTuning(): { chunkSize?: number; parallel?: number } {
  const m = /^(\d+)x(\d+)$/.exec(process.env.BENCH_INGEST ?? "");
  return m ? { chunkSize: Number(m[1]), parallel: Number(m[2]) } : {};
}

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
  const { PutCommand, UpdateCommand, BatchWriteCommand } = await import("@aws-sdk/lib-dynamodb");
  const { accessLogItem } = await import("@/server/db/access-logs");
  const { catchUpAccessCounts } = await import("@/server/db/access-count-stream");
  const { countAccessLogs } = await import("@/test/device-fixtures");
  type FlushTiming = import("@/server/mqtt/event-ingestor").FlushTiming;
  const flushes: FlushTiming[] = [];
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
      // the same shapes as the path's items: a pending command is on the sparse pending index (gsi2), an audit
      // event on its actor's (gsi1) and target's (gsi2) lists, so the floor pays the same index writes
      const id = String(put.id);
      const issuedAt = new Date().toISOString();
      const index = id.startsWith("audit-")
        ? { gsi1pk: "BENCHFLOOR#ACTOR", gsi1sk: id, gsi2pk: "BENCHFLOOR#TARGET", gsi2sk: id }
        : { gsi2pk: "BENCHFLOOR#PENDING", gsi2sk: `${issuedAt}#${id}` };
      await db().send(
        new PutCommand({
          TableName: table(),
          Item: {
            ...key(id),
            ...index,
            status: "pending",
            action: "lock",
            params: {},
            issuedAt,
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
    // in a process of its own, as the app meets it (see aedes-process.ts)
    ["aedes", () => startAedesProcess()],
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
        ingest: { ...ingestTuning(), onFlush: (f) => flushes.push(f) },
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
        // the ingestion floor: the same number of the same items, raw, on the same table, just before the burst
        // twice, the faster kept: the first may pay DynamoDB Local's warm-up, which would flatter the ratio
        const batchWriteOnce = () =>
          batchWriteFloor(
            async (batch) => {
              const out = await db().send(
                new BatchWriteCommand({
                  RequestItems: { [table()]: batch.map((Item) => ({ PutRequest: { Item } })) },
                }),
              );
              return (out.UnprocessedItems?.[table()] ?? []).map((r) => r.PutRequest?.Item ?? {});
            },
            floorLogs(nEvents, newBuildingId(), lock.id).map((log) =>
              accessLogItem({ log, retentionDays: 90 }),
            ),
          );
        const batchWriteMs = Math.min(await batchWriteOnce(), await batchWriteOnce());
        await catchUpAccessCounts(); // the floor's items (not counted: no countOn) and the commands, read past
        flushes.length = 0;
        // the app's stream reader, every second as in instrumentation.ts, during the burst
        let reading = true;
        const reader = (async () => {
          while (reading) {
            await catchUpAccessCounts();
            await new Promise((r) => setTimeout(r, 1_000));
          }
        })();
        const t0 = performance.now();
        const sends: Promise<string>[] = [];
        let published = 0;
        let publishMs = 0;
        for (let i = 0; i < nEvents; i++) sends.push(dev.event({ ts: new Date().toISOString() }));
        // the device's socket takes every publish before the acks start coming back
        dev.client.stream.once("drain", () => {
          published = performance.now();
        });
        await Promise.all(sends);
        await eventually(
          () => app.metrics.eventsStored + app.metrics.eventsDuplicate >= nEvents,
          600_000,
          "burst stored",
        );
        const end = performance.now();
        const ingestMs = end - t0;
        publishMs = published ? published - t0 : Number.NaN;
        reading = false;
        await reader;
        const counted = async () =>
          (await getAccessCountsByDay({ buildingId: b, fromDay: day, toDay: day }))[0]?.total ?? 0;
        while ((await counted()) < nEvents && performance.now() - end < 120_000) await catchUpAccessCounts();
        const countLagMs = performance.now() - end;
        const rows = await countAccessLogs(b, lock.id);
        const count = await counted();
        results.push({
          broker: name,
          protocol: app.protocolVersion ?? null,
          roundTripMs,
          acknowledged,
          events: nEvents,
          stored: rows,
          duplicates: Math.max(0, count - rows),
          counted: count,
          ingestMs,
          floor: { mqttMs, putMs: writes.put, updateMs: writes.update, auditMs: writes.audit },
          hops,
          ingestFloor: { batchWriteMs },
          countLagMs,
          ingestHops: flushHops(flushes, t0, end),
          publishMs,
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
