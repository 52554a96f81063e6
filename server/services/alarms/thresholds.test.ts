import { describe, expect, it } from "vitest";
import { DEFAULT_ALARM_SETTINGS } from "@/lib/domain/alarm-rules";
import { judgeReading } from "@/lib/domain/alarm-thresholds";
import { listAlarmsByDevice } from "@/server/db/alarms";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { listNotifications } from "@/server/db/notifications";
import { seedDevice } from "@/test/device-fixtures";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { ingestSensorEvent } from "./device-signals";

/**
 * Temperature and humidity ranges against DynamoDB Local: a reading beyond the range raises the device's alarm,
 * one back inside by the hysteresis clears it, and a reading dancing at the edge keeps one alarm open instead of
 * flapping. Redeliveries and several instances count each event once and run the rules once.
 */
let seq = 0;
const reading = (values: Record<string, number>, ts = new Date()) => ({
  eventId: `t-${++seq}`,
  type: "telemetry",
  readings: values,
  ts: ts.toISOString(),
});

async function building(thresholds?: Partial<typeof DEFAULT_ALARM_SETTINGS.thresholds>) {
  const h = await seedTicketBuilding();
  if (thresholds) {
    const b = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: {
        ...b.config,
        alarms: {
          ...b.config.alarms,
          thresholds: { ...DEFAULT_ALARM_SETTINGS.thresholds, ...thresholds },
        },
      },
    });
  }
  const sensor = await seedDevice(h.b, { type: "sensor", unitId: h.unit1.id, name: "Hall climate" });
  return { ...h, sensor, where: { buildingId: h.b, deviceId: sensor.id } };
}

const alarmsOf = (b: string, deviceId: string) =>
  listAlarmsByDevice({ buildingId: b, deviceId }).then((p) => p.items);

describe("judging a reading", () => {
  it("is out beyond an end, edge inside the band, in past the band", () => {
    const r = { min: 10, max: 32 };
    expect(judgeReading(32.1, r, 1)).toBe("out");
    expect(judgeReading(9.9, r, 1)).toBe("out");
    expect(judgeReading(32, r, 1)).toBe("edge");
    expect(judgeReading(31.2, r, 1)).toBe("edge");
    expect(judgeReading(10.5, r, 1)).toBe("edge");
    expect(judgeReading(31, r, 1)).toBe("in");
    expect(judgeReading(50, { min: null, max: null }, 1)).toBe("in");
  });
});

describe("temperature beyond the building's range", () => {
  it("raises once, holds through a reading dancing at the edge, clears back inside, and opens anew after", async () => {
    const h = await building();
    const send = async (temperature: number) => ingestSensorEvent(h.where, reading({ temperature }));
    await send(24);
    expect(await alarmsOf(h.b, h.sensor.id)).toHaveLength(0);

    // default range 10–32 °C, hysteresis 1 °C: the edge dance keeps one alarm open
    for (const t of [33, 32.4, 31.6, 32.2, 31.5, 32.3]) await send(t);
    let alarms = await alarmsOf(h.b, h.sensor.id);
    expect(alarms).toHaveLength(1);
    expect(alarms[0]).toMatchObject({ cause: "temperature", status: "active", count: 4, value: 32.3 });

    await send(30.9); // back inside by more than the hysteresis
    alarms = await alarmsOf(h.b, h.sensor.id);
    expect(alarms).toHaveLength(1);
    expect(alarms[0].status).toBe("cleared");
    expect(alarms[0].clearedBy).toMatchObject({ kind: "system" });

    await send(31.8); // edge after clearing: nothing opens
    expect(await alarmsOf(h.b, h.sensor.id)).toHaveLength(1);
    await send(8); // below the minimum: a new alarm
    alarms = await alarmsOf(h.b, h.sensor.id);
    expect(alarms).toHaveLength(2);
    expect(alarms.filter((a) => a.status === "active").map((a) => a.value)).toEqual([8]);
  });

  it("counts one event heard by six instances and redelivered once, and tells staff once", async () => {
    const h = await building();
    const hot = reading({ temperature: 40 });
    await Promise.all(Array.from({ length: 7 }, () => ingestSensorEvent(h.where, hot)));
    const alarms = await alarmsOf(h.b, h.sensor.id);
    expect(alarms).toHaveLength(1);
    expect(alarms[0].count).toBe(1);
    const staff = await listNotifications({ buildingId: h.b, userId: h.users.staff.id, limit: 20 });
    expect(staff.items.filter((n) => n.kind === "alarm")).toHaveLength(1);
    expect(staff.items[0].title).toBe("Temperature out of range in unit 101");
  });

  it("leaves an old reading (a replay) alone", async () => {
    const h = await building();
    await ingestSensorEvent(h.where, reading({ temperature: 45 }, new Date(Date.now() - 3600_000)));
    expect(await alarmsOf(h.b, h.sensor.id)).toHaveLength(0);
  });
});

describe("per-device overrides and humidity", () => {
  it("bounds one device by its own range, and humidity by the building's", async () => {
    const h = await building({
      humidity: { min: 20, max: 60 },
      hysteresis: { temperature: 1, humidity: 5 },
      devices: {},
    });
    const freezer = await seedDevice(h.b, { type: "sensor", name: "Cold room" });
    const relay = await seedDevice(h.b, { type: "lock", name: "Gate relay" });
    const b = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: {
        ...b.config,
        alarms: {
          ...b.config.alarms,
          thresholds: {
            ...b.config.alarms.thresholds,
            devices: { [freezer.id]: { temperature: { min: -30, max: -15 } } },
          },
        },
      },
    });
    const { clearMqttLookups } = await import("@/server/mqtt/lookups");
    clearMqttLookups();

    const at = (deviceId: string) => ({ buildingId: h.b, deviceId });
    await ingestSensorEvent(at(freezer.id), reading({ temperature: -20 })); // fine for a cold room
    await ingestSensorEvent(at(freezer.id), reading({ temperature: -12 })); // too warm for it
    await ingestSensorEvent(at(relay.id), reading({ temperature: 55 })); // a relay's chip: not the room's
    await ingestSensorEvent(h.where, reading({ temperature: 22, humidity: 66 }));

    expect((await alarmsOf(h.b, freezer.id)).map((a) => [a.cause, a.value])).toEqual([["temperature", -12]]);
    expect(await alarmsOf(h.b, relay.id)).toHaveLength(0);
    const climate = await alarmsOf(h.b, h.sensor.id);
    expect(climate.map((a) => [a.cause, a.severity, a.status])).toEqual([["humidity", "minor", "active"]]);

    await ingestSensorEvent(h.where, reading({ humidity: 57 })); // inside, but within the 5 % band
    expect((await alarmsOf(h.b, h.sensor.id))[0].status).toBe("active");
    await ingestSensorEvent(h.where, reading({ humidity: 54 }));
    expect((await alarmsOf(h.b, h.sensor.id))[0].status).toBe("cleared");
  });
});
