/**
 * Runs in a child process with the react-server condition. Starts its own DynamoDB Local and the embedded aedes
 * broker, then through the app's real MQTT bridge:
 * - alarm to notification: a sensor publishes `type: "alarm"` (active), timed until the staff member's in-app
 *   notice is stored and published on the live bus (the building's rules ran); then cleared, so the next is a new
 *   alarm. Once for `temperature` (notify staff only) and once for `leak` (notice, urgent ticket and mission);
 * - ingestion: a burst of access events from one door, then a burst of telemetry events from many sensors
 *   (a backlog of readings, a few per device and hour), each timed until every one is stored exactly once;
 * - a door command (staff unlock → stored, published, acked) on a quiet bridge, then again and again while the
 *   telemetry burst is being stored: what a backlog of readings does to the commands sent meanwhile.
 * Prints one JSON line. Args: alarms, events.
 */
import { randomUUID } from "node:crypto";
import { startDynamoDbLocal } from "../stack/dynamodb-local";
import { ensureTable } from "../stack/ensure-table";
import { startMqttBroker } from "../stack/mqtt-broker";

async function main() {
  const nAlarms = Number(process.argv[2] ?? 20);
  const nEvents = Number(process.argv[3] ?? 2000);
  const dynamo = await startDynamoDbLocal();
  const tableName = "bench-sensors";
  Object.assign(process.env, {
    DYNAMODB_ENDPOINT: dynamo.endpoint,
    DYNAMODB_TABLE: tableName,
    AWS_REGION: process.env.AWS_REGION || "us-east-1",
    AWS_ACCESS_KEY_ID: process.env.AWS_ACCESS_KEY_ID || "local",
    AWS_SECRET_ACCESS_KEY: process.env.AWS_SECRET_ACCESS_KEY || "local",
  });
  await ensureTable({ endpoint: dynamo.endpoint, region: process.env.AWS_REGION, tableName });
  const { MqttBridge } = await import("@/server/mqtt/bridge");
  const { subscribeLiveUpdates } = await import("@/server/live/live-updates");
  const { seedTicketBuilding } = await import("@/server/services/shared/test-fixtures");
  const { seedDevice } = await import("@/test/device-fixtures");
  const { connectTestDevice, eventually } = await import("@/test/mqtt-device");
  const { commandDevice } = await import("@/server/services/devices/command-device");

  const broker = await startMqttBroker();
  const prefix = `bench${randomUUID().slice(0, 6)}`;
  const h = await seedTicketBuilding();
  const app = new MqttBridge({
    url: broker.url,
    clientId: "bench-sensors",
    prefix,
    protocol: "auto",
    // `BENCH_SENSOR_SLOTS=n`: device reports (sensor events, state, availability) handled at once, to compare
    // settings (default: the app's)
    reportConcurrency: Number(process.env.BENCH_SENSOR_SLOTS) || undefined,
  }).start();
  const out: Record<string, unknown> = {};
  try {
    await app.ready();
    const sensor = await seedDevice(h.b, {
      type: "sensor",
      unitId: h.unit1.id,
      name: "Bench leak sensor",
      online: true,
    });
    const dev = await connectTestDevice({ url: broker.url, prefix, buildingId: h.b, deviceId: sensor.id });
    await dev.online();
    await new Promise((r) => setTimeout(r, 300));
    const staffId = h.users.staff.id;
    const missed = { temperature: 0, leak: 0 };
    out.missed = missed;
    for (const cause of ["temperature", "leak"] as const) {
      const latencies: number[] = [];
      for (let i = 0; i < nAlarms; i++) {
        let heard: (() => void) | null = null;
        const notified = new Promise<void>((resolve) => {
          heard = resolve;
        });
        const off = subscribeLiveUpdates(h.b, (u) => {
          if (u.type === "notification" && u.userId === staffId && u.notification.kind === "alarm") heard?.();
        });
        // the raise's handler returns after the notice went out (the rules tell the other recipients first),
        // so "the clear was handled" is this round's two messages handled, not the counter growing once
        const handled = app.metrics.alarmsApplied;
        const t = performance.now();
        await dev.raw(
          "events",
          JSON.stringify({
            eventId: randomUUID(),
            type: "alarm",
            cause,
            active: true,
            value: 1,
            ts: new Date().toISOString(),
          }),
        );
        const heardInTime = await Promise.race([
          notified.then(() => true),
          new Promise<boolean>((r) => setTimeout(() => r(false), 30_000)),
        ]);
        if (heardInTime) latencies.push(performance.now() - t);
        else missed[cause]++;
        off();
        await dev.raw(
          "events",
          JSON.stringify({
            eventId: randomUUID(),
            type: "alarm",
            cause,
            active: false,
            ts: new Date().toISOString(),
          }),
        );
        await eventually(() => app.metrics.alarmsApplied >= handled + 2, 10_000, "cleared");
      }
      out[cause] = latencies;
    }
    await dev.stop();

    // access events: one door, a burst
    const lock = await seedDevice(h.b, { online: true });
    const door = await connectTestDevice({ url: broker.url, prefix, buildingId: h.b, deviceId: lock.id });
    await new Promise((r) => setTimeout(r, 200));
    const a0 = performance.now();
    await Promise.all(Array.from({ length: nEvents }, () => door.event({ ts: new Date().toISOString() })));
    await eventually(
      () => app.metrics.eventsStored + app.metrics.eventsDuplicate >= nEvents,
      600_000,
      "access",
    );
    out.access = { events: nEvents, stored: app.metrics.eventsStored, ms: performance.now() - a0 };
    await door.stop();

    // telemetry: many sensors, a backlog of readings (one a minute each, so a few per hour item)
    const nSensors = 50;
    const perSensor = Math.ceil(nEvents / nSensors);
    const sensors = await Promise.all(
      Array.from({ length: nSensors }, (_, i) =>
        seedDevice(h.b, { type: "sensor", name: `Bench climate ${i}` }),
      ),
    );
    const devs = await Promise.all(
      sensors.map((s) => connectTestDevice({ url: broker.url, prefix, buildingId: h.b, deviceId: s.id })),
    );
    const commandLock = await seedDevice(h.b, { online: true });
    const commanded = await connectTestDevice({
      url: broker.url,
      prefix,
      buildingId: h.b,
      deviceId: commandLock.id,
      autoAck: "ok",
    });
    await commanded.online();
    await new Promise((r) => setTimeout(r, 300));
    const command = async (i: number) => {
      const t = performance.now();
      const cmd = await commandDevice(
        h.staff,
        { deviceId: commandLock.id, action: i % 2 ? "lock" : "unlock" },
        { bridge: app },
      );
      return { ms: performance.now() - t, ok: cmd.status === "acknowledged" };
    };
    const quietCommands: { ms: number; ok: boolean }[] = [];
    for (let i = 0; i < 10; i++) quietCommands.push(await command(i));
    const base = Date.now() - perSensor * 60_000;
    const t0 = performance.now();
    let bursting = true;
    const burstCommands: { ms: number; ok: boolean }[] = [];
    const commander = (async () => {
      for (let i = 0; bursting; i++) burstCommands.push(await command(i));
    })();
    await Promise.all(
      devs.flatMap((d) =>
        Array.from({ length: perSensor }, (_, j) =>
          d.raw(
            "events",
            JSON.stringify({
              eventId: randomUUID(),
              type: "telemetry",
              readings: { temperature: 20 + (j % 10) / 10, humidity: 40 + (j % 7) },
              ts: new Date(base + j * 60_000).toISOString(),
            }),
          ),
        ),
      ),
    );
    const total = nSensors * perSensor;
    await eventually(
      () => app.metrics.telemetryApplied + app.metrics.telemetryDuplicate >= total,
      600_000,
      "telemetry",
    );
    const telemetryMs = performance.now() - t0;
    bursting = false;
    await commander;
    out.telemetry = {
      events: total,
      stored: app.metrics.telemetryApplied,
      duplicates: app.metrics.telemetryDuplicate,
      ms: telemetryMs,
      sensors: nSensors,
    };
    out.commands = { quiet: quietCommands, duringTelemetry: burstCommands };
    await Promise.all([...devs, commanded].map((d) => d.stop()));
  } finally {
    await app.stop({ force: true }).catch(() => undefined);
    await broker.stop();
    await dynamo.stop();
  }
  console.log(JSON.stringify(out));
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
