import { randomUUID } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Building } from "@/lib/domain/building";
import type { Device } from "@/lib/domain/device";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { type RunningBroker, startMqttBroker } from "@/scripts/stack/mqtt-broker";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation, newBuildingId } from "@/test/fixtures";
import { connectTestDevice, eventually, type TestDevice } from "@/test/mqtt-device";
import { findDevice } from "../../db/devices";
import { findDoorRevocation } from "../../db/door-access";
import { getDoorCode } from "../../db/door-codes";
import { createReservation, getReservation } from "../../db/reservations";
import { MqttBridge } from "../../mqtt/bridge";
import { clearMqttLookups } from "../../mqtt/lookups";
import { revokeCheckinLink } from "../checkin/revoke-checkin-link";
import { cancelReservation } from "../reservations/cancel-reservation";
import { sweepStayDoorCodes } from "./door-code-sweeper";
import { getStayDoorCode } from "./get-stay-door-code";
import { issueStayDoorCodes } from "./stay-door-codes";

/**
 * A stay's code comes off every lock however long a lock is away (audit H1), on a real broker (aedes) with real
 * MQTT device clients: the sweeper is run with `now` days later, as the minute job would be then. The immediate
 * attempts (cancel, link revoke) run with no broker in this process, as when the broker is down: they end
 * `unreachable` and the retry is owed to the sweeper.
 */
const PREFIX = `t${randomUUID().slice(0, 6)}`;
process.env.COMMAND_TIMEOUT_MS = "1500";
const DAY = 24 * 3600_000;

describe("door code revocation on a real broker", () => {
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

  /** A building with a unit lock and a lobby lock, both online and acknowledging every command. */
  async function setup() {
    const b = newBuildingId();
    const building = await seedBuilding(b);
    const unitLock = await seedDevice(b, { unitId: "unit_1", name: "Unit 1 door" });
    const lobby = await seedDevice(b, { name: "Lobby door" });
    const dev = new Map<string, TestDevice>();
    for (const lock of [unitLock, lobby]) {
      const d = await connectTestDevice({
        url: broker.url,
        prefix: PREFIX,
        buildingId: b,
        deviceId: lock.id,
        autoAck: "ok",
      });
      devices.push(d);
      dev.set(lock.id, d);
      await d.online();
      await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === true);
    }
    return { b, building, unitLock, lobby, dev };
  }

  const online = async (b: string, lock: Device, d: TestDevice, on: boolean) => {
    await (on ? d.online() : d.offline());
    await eventually(async () => (await findDevice({ buildingId: b, deviceId: lock.id }))?.online === on);
  };
  const codeOn = (b: string, lock: Device, codeId: string) =>
    getDoorCode({ buildingId: b, deviceId: lock.id, codeId });
  /** Issues the stay's code and waits until both locks acknowledged it. */
  async function issued(building: Building, r: Reservation, locks: Device[]) {
    expect(await issueStayDoorCodes(r, building, app)).toBe(true);
    const stored = await getReservation({ buildingId: r.buildingId, reservationId: r.id });
    const codeId = stored.doorAccess?.codeId ?? "";
    for (const lock of locks) {
      await eventually(async () => (await codeOn(r.buildingId, lock, codeId)).status === "active");
    }
    return { stored, codeId };
  }

  it("a lock offline when the stay is cancelled, back a week later, loses the code then", async () => {
    const { b, building, unitLock, lobby, dev } = await setup();
    const today = todayIn(building.timezone);
    const r = await createReservation({
      reservation: makeReservation(b, "unit_1", today, addDays(today, 10), { status: "checked_in" }),
    });
    const { codeId } = await issued(building, r, [unitLock, lobby]);
    await online(b, unitLock, dev.get(unitLock.id) as TestDevice, false);

    const t0 = new Date();
    await cancelReservation(userActor(b, "manager"), r.id, t0);
    expect((await findDoorRevocation({ buildingId: b, reservationId: r.id }))?.dueAt).toBe(t0.toISOString());

    // an hour later: the lobby takes the delete, the unit's lock is still away and keeps the code (owed)
    await sweepStayDoorCodes(new Date(t0.getTime() + 3600_000), { bridge: app, buildingIds: [b] });
    await eventually(async () => (await codeOn(b, lobby, codeId)).status === "deleted");
    const away = await codeOn(b, unitLock, codeId);
    expect(away.status).toBe("active");
    expect(away.removalRequestedAt).toBeDefined();
    expect(away.lastDeleteOutcome).toBe("unreachable");
    // staff see it: the stay page lists the unit's lock as still holding the code
    const view = await getStayDoorCode(userActor(b, "staff"), r.id);
    expect(view?.removalDue).toBe(true);
    expect(view?.locks.filter((l) => l.stillOnLock).map((l) => l.deviceId)).toEqual([unitLock.id]);
    // days pass with the lock away: still owed, never dropped
    for (const d of [1, 3, 5]) {
      const out = await sweepStayDoorCodes(new Date(t0.getTime() + d * DAY), {
        bridge: app,
        buildingIds: [b],
      });
      expect(out.owed).toBe(1);
    }
    expect((await codeOn(b, unitLock, codeId)).status).toBe("active");

    // a week later the lock is back: the next sweep deletes the code, the one after releases the stay
    await online(b, unitLock, dev.get(unitLock.id) as TestDevice, true);
    const week = t0.getTime() + 7 * DAY;
    await sweepStayDoorCodes(new Date(week), { bridge: app, buildingIds: [b] });
    await eventually(async () => (await codeOn(b, unitLock, codeId)).status === "deleted");
    const done = await sweepStayDoorCodes(new Date(week + 60_000), { bridge: app, buildingIds: [b] });
    expect(done).toMatchObject({ revoked: 1, owed: 0, issued: 0 });
    expect((await getReservation({ buildingId: b, reservationId: r.id })).doorAccess).toBeNull();
    expect(await findDoorRevocation({ buildingId: b, reservationId: r.id })).toBeNull();
  });

  it("revoking a leaked check-in link takes the code off the locks, and the stay gets a new code", async () => {
    const { b, building, unitLock, lobby } = await setup();
    const today = todayIn(building.timezone);
    const r = await createReservation({
      reservation: makeReservation(b, "unit_1", addDays(today, -1), addDays(today, 3), {
        status: "checked_in",
        checkinLink: {
          tokenHash: `h${randomUUID().replaceAll("-", "")}`,
          expiresAt: new Date(Date.now() + 5 * DAY).toISOString(),
          revoked: false,
          createdAt: new Date().toISOString(),
        },
      }),
    });
    const { codeId } = await issued(building, r, [unitLock, lobby]);

    const t0 = new Date();
    await revokeCheckinLink(userActor(b, "staff"), r.id);
    const marked = await getReservation({ buildingId: b, reservationId: r.id });
    expect(marked.doorAccess?.revokeDueAt).toBeDefined();
    expect(marked.checkinLink?.revoked).toBe(true);

    await sweepStayDoorCodes(new Date(t0.getTime() + 5 * 60_000), { bridge: app, buildingIds: [b] });
    for (const lock of [unitLock, lobby]) {
      await eventually(async () => (await codeOn(b, lock, codeId)).status === "deleted");
    }
    const after = await sweepStayDoorCodes(new Date(t0.getTime() + 6 * 60_000), {
      bridge: app,
      buildingIds: [b],
    });
    expect(after).toMatchObject({ revoked: 1, issued: 1 });
    const fresh = await getReservation({ buildingId: b, reservationId: r.id });
    expect(fresh.doorAccess?.codeId).toBeDefined();
    expect(fresh.doorAccess?.codeId).not.toBe(codeId);
    expect(fresh.doorAccess?.revokeDueAt).toBeUndefined();
  });

  it("a check-out whose lock was away for more than 3 days still loses the code", async () => {
    const { b, building, unitLock, lobby, dev } = await setup();
    const today = todayIn(building.timezone);
    const r = await createReservation({
      reservation: makeReservation(b, "unit_1", addDays(today, -12), addDays(today, -5), {
        status: "checked_in",
      }),
    });
    const { codeId } = await issued(building, r, [unitLock, lobby]);
    await online(b, unitLock, dev.get(unitLock.id) as TestDevice, false);

    // the stay ended five days ago: past the 3 days of departures the sweeper used to look at
    const now = Date.now();
    const first = await sweepStayDoorCodes(new Date(now), { bridge: app, buildingIds: [b] });
    expect(first.owed).toBe(1);
    await eventually(async () => (await codeOn(b, lobby, codeId)).status === "deleted");
    expect((await codeOn(b, unitLock, codeId)).status).toBe("active");

    await online(b, unitLock, dev.get(unitLock.id) as TestDevice, true);
    await sweepStayDoorCodes(new Date(now + 2 * DAY), { bridge: app, buildingIds: [b] });
    await eventually(async () => (await codeOn(b, unitLock, codeId)).status === "deleted");
    const done = await sweepStayDoorCodes(new Date(now + 2 * DAY + 60_000), {
      bridge: app,
      buildingIds: [b],
    });
    expect(done).toMatchObject({ revoked: 1, owed: 0 });
    expect(await findDoorRevocation({ buildingId: b, reservationId: r.id })).toBeNull();
  });
});
