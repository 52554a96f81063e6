import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { type RunningBroker, startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { newBuildingId } from "@/test/fixtures";
import { connectTestDevice, eventually, type TestDevice } from "@/test/mqtt-device";
import { listCodeRemovals } from "../../db/code-removals";
import { listCommandsByDevice } from "../../db/device-commands";
import { findDevice } from "../../db/devices";
import { getDoorCode } from "../../db/door-codes";
import { MqttBridge } from "../../mqtt/bridge";
import { clearMqttLookups } from "../../mqtt/lookups";
import { bookAmenity } from "../amenities/book-amenity";
import { cancelBooking } from "../amenities/cancel-amenity-booking";
import { defineAmenity } from "../amenities/create-amenity";
import { listBookings } from "../amenities/list-amenity-bookings";
import { sweepStayDoorCodes } from "./door-code-sweeper";

/**
 * A cancelled booking's code comes off a lock that missed the delete, on a real broker (aedes) with a real MQTT
 * device client: the cancel runs with no broker in this process (the delete ends `unreachable`), then the sweeper
 * is run with `now` minutes later, as the minute job would be. Several sweepers at once send one delete.
 */
const PREFIX = `t${randomUUID().slice(0, 6)}`;
process.env.COMMAND_TIMEOUT_MS = "1500";
const MIN = 60_000;

describe("owed door code deletes of bookings", () => {
  let broker: RunningBroker;
  let app: MqttBridge;
  const devices: TestDevice[] = [];

  beforeAll(async () => {
    broker = await startMqttBroker();
    clearMqttLookups();
    app = new MqttBridge({
      url: broker.url,
      clientId: `app-${randomUUID().slice(0, 8)}`,
      prefix: PREFIX,
    }).start();
    await app.ready();
  });
  afterEach(async () => {
    await Promise.allSettled(devices.splice(0).map((d) => d.stop()));
  });
  afterAll(async () => {
    await app?.stop({ force: true, endSession: true });
    await broker?.stop();
  });

  /** A building with a party room behind one lock, booked tomorrow 10:00–11:00 by a resident, then cancelled. */
  async function cancelledBooking() {
    const b = newBuildingId();
    const building = await seedBuilding(b);
    const lock = await seedDevice(b, { name: "Party room door" });
    const manager = userActor(b, "manager");
    const resident = userActor(b, "resident");
    const { amenity } = await defineAmenity(manager, {
      name: "Party room",
      doorDeviceIds: [lock.id],
      doorGroupIds: [],
      capacity: 1,
      slotMinutes: 60,
      openFrom: "08:00",
      openUntil: "22:00",
      bookableBy: ["resident"],
      maxAdvanceDays: 30,
      maxPerWeek: 0,
      rules: "",
      feeMinor: 0,
      depositMinor: 0,
    });
    const day = addDays(todayIn(building.timezone), 1);
    const { booking } = await bookAmenity(resident, {
      amenityId: amenity.id,
      startsAt: instantAt(day, "10:00", building.timezone).toISOString(),
      endsAt: instantAt(day, "11:00", building.timezone).toISOString(),
    });
    const t0 = new Date();
    const cancelled = await cancelBooking(resident, booking.id, t0, null);
    return { b, lock, resident, booking, cancelled: cancelled.booking, t0 };
  }
  const deletes = async (b: string, deviceId: string) =>
    (await listCommandsByDevice({ buildingId: b, deviceId, limit: 100 })).items.filter(
      (c) => c.action === "delete_code",
    );

  it("is asked again with backoff until the lock acknowledges, once however many sweepers run, and shows meanwhile", async () => {
    const { b, lock, resident, booking, cancelled, t0 } = await cancelledBooking();
    const codeId = booking.access?.codeId as string;
    // the cancel's own delete found no broker: owed, and the booker sees it
    expect(cancelled.access?.removal).toMatchObject({ deviceIds: [lock.id], attempts: 1 });
    const mine = await listBookings(resident, {});
    expect(mine.items.find((x) => x.id === booking.id)?.access?.removal?.deviceIds).toEqual([lock.id]);
    expect(await deletes(b, lock.id)).toHaveLength(1);

    // not due yet half a minute later
    const early = await sweepStayDoorCodes(new Date(t0.getTime() + 30_000), {
      bridge: app,
      buildingIds: [b],
    });
    expect(early.retried).toBe(0);

    // the lock is back; three sweepers at once: one claims the attempt and sends one delete, which the lock acks
    const dev = await connectTestDevice({
      url: broker.url,
      prefix: PREFIX,
      buildingId: b,
      deviceId: lock.id,
      autoAck: "ok",
    });
    devices.push(dev);
    await dev.online();
    await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === true);
    const at = new Date(t0.getTime() + MIN + 1000);
    const runs = await Promise.all(
      [0, 1, 2].map(() => sweepStayDoorCodes(at, { bridge: app, buildingIds: [b] })),
    );
    expect(runs.reduce((n, r) => n + r.retried, 0)).toBe(1);
    expect(await deletes(b, lock.id)).toHaveLength(2);
    await eventually(
      async () => (await getDoorCode({ buildingId: b, deviceId: lock.id, codeId })).status === "deleted",
    );
    const [record] = await listCodeRemovals({ buildingId: b });
    expect(record).toMatchObject({ attempts: 2, dueAt: new Date(at.getTime() + 2 * MIN).toISOString() });

    // the next due sweep finds nothing owed: the record goes, the booking no longer shows it, no third delete
    await sweepStayDoorCodes(new Date(at.getTime() + 2 * MIN), { bridge: app, buildingIds: [b] });
    expect(await listCodeRemovals({ buildingId: b })).toEqual([]);
    expect(
      (await listBookings(resident, {})).items.find((x) => x.id === booking.id)?.access?.removal,
    ).toBeUndefined();
    expect(await deletes(b, lock.id)).toHaveLength(2);
  });

  it("a lock that enforces the code's window owes nothing once the slot has ended: dropped without asking", async () => {
    const { b, lock, booking } = await cancelledBooking();
    const after = new Date(Date.parse(booking.endsAt) + MIN);
    const out = await sweepStayDoorCodes(after, { bridge: null, buildingIds: [b] });
    expect(out.retried).toBe(0);
    expect(await listCodeRemovals({ buildingId: b })).toEqual([]);
    expect(await deletes(b, lock.id)).toHaveLength(1);
  });
});
