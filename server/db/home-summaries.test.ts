import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import type { Alarm } from "@/lib/domain/alarm";
import type { Handover } from "@/lib/domain/handover";
import { newId } from "@/lib/domain/ids";
import type { Notification } from "@/lib/domain/notification";
import { addDays } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { seedBuilding, seedUnit } from "@/test/api-fixtures";
import { makeAlarm, makeReservation, makeTicket, makeUser, newBuildingId } from "@/test/fixtures";
import { openAlarm, saveAlarmStatus } from "./alarms";
import { saveCheckinStep } from "./checkin-progress";
import { db, tableName } from "./client";
import { createHandover, updateHandover } from "./handovers";
import { readHomeSummaries } from "./home-reads";
import {
  deskSummary,
  openAlarmsSummary,
  openTicketsSummary,
  rebuildOccupancyMonth,
  rebuildPeopleCount,
  rebuildStayDay,
  rebuildUnreadCount,
  unitsSummary,
  waitingHandoversSummary,
} from "./home-summaries";
import { batchGetByKey, getRecord } from "./item";
import { keys } from "./keys";
import { countUnreadNotifications, createNotification, markNotificationsRead } from "./notifications";
import {
  cancelReservation,
  createReservation,
  findReservation,
  moveReservation,
  updateReservation,
} from "./reservations";
import { type EntrySummary, entriesIn, getSomeEntries, rebuildEntries } from "./summary-entries";
import { createTicket, updateTicket } from "./tickets";
import { updateUnit } from "./units";
import { createUser } from "./users";

/**
 * Each summary the homes read (issue 19) against a rebuild from its records, after writes racing as writers on
 * several instances would: the summary the writes left must equal what `npm run rebuild:summaries` computes.
 */
const settle = (ps: Promise<unknown>[]) => Promise.allSettled(ps);
const asMap = <E>(m: Map<string, E> | undefined) => Object.fromEntries([...(m ?? [])].sort());
const rebuilt = async <E>(s: EntrySummary<never, E>, b: string) =>
  asMap(await rebuildEntries(s as unknown as EntrySummary<{ id: string; buildingId: string }, E>, b));
const TODAY = "2027-03-28";

describe("the homes' summaries equal a rebuild after concurrent writes", () => {
  it("units", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const units: Unit[] = [];
    for (const n of ["101", "102", "103", "104"]) units.push(await seedUnit(b, n));
    // built once (as the first read does), so what is compared below is what the writes left
    await rebuilt(unitsSummary as never, b);
    await settle(
      units.flatMap((u, i) => [
        updateUnit({ buildingId: b, unitId: u.id, patch: { rentable: i % 2 === 0 } }),
        updateUnit({
          buildingId: b,
          unitId: u.id,
          patch: i % 2 ? { status: "maintenance" } : { number: `${u.number}A` },
        }),
      ]),
    );
    const left = asMap((await readHomeSummaries(b, { units: true })).units);
    expect(Object.keys(left)).toHaveLength(4);
    expect(left).toEqual(await rebuilt(unitsSummary as never, b));
  }, 60_000);

  it("units, a few by id: the projected read returns just those entries, and builds an item never built", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const units: Unit[] = [];
    for (const n of ["201", "202", "203", "204", "205"]) units.push(await seedUnit(b, n));
    // never built: the first read builds it from the units (as the full read would)
    const first = await getSomeEntries(unitsSummary, b, [units[1].id, units[3].id, "unit_gone"]);
    expect(asMap(first)).toEqual({
      [units[1].id]: { n: "202", r: true, s: "active" },
      [units[3].id]: { n: "204", r: true, s: "active" },
    });
    await updateUnit({ buildingId: b, unitId: units[3].id, patch: { number: "204B" } });
    const ids = [units[3].id, units[0].id, units[3].id];
    const some = await getSomeEntries(unitsSummary, b, ids);
    const all = (await readHomeSummaries(b, { units: true })).units;
    expect(asMap(some)).toEqual(asMap(new Map([...(all ?? [])].filter(([id]) => ids.includes(id)))));
    expect(some.get(units[3].id)?.n).toBe("204B");
    expect(await getSomeEntries(unitsSummary, b, [])).toEqual(new Map());
  }, 60_000);

  it("open tickets (status and priority racing, some closed)", async () => {
    const b = newBuildingId();
    const made = Array.from({ length: 4 }, () => makeTicket(b));
    await rebuilt(openTicketsSummary as never, b);
    await Promise.all(made.map((t) => createTicket(t)));
    const change = (id: string, patch: Parameters<typeof updateTicket>[0]["patch"]) =>
      updateTicket({ buildingId: b, ticketId: id, patch, events: [] });
    await settle(
      made.flatMap(({ ticket: t }, i) => [
        change(t.id, { status: (["in_progress", "waiting", "closed", "open"] as const)[i] }),
        change(t.id, { priority: i % 2 ? "urgent" : "low" }),
      ]),
    );
    const left = asMap((await readHomeSummaries(b, { tickets: true })).tickets);
    expect(left).toEqual(await rebuilt(openTicketsSummary as never, b));
  }, 60_000);

  it("checked-in stays, nights held, arrivals and departures per day (create, check in and out, move, cancel racing)", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const units = await Promise.all(["201", "202", "203"].map((n) => seedUnit(b, n)));
    const d = (n: number) => addDays(TODAY, n);
    // two stays racing for the same nights of unit 201: the database lets one through
    const stays = [
      makeReservation(b, units[0].id, d(-1), d(3)),
      makeReservation(b, units[0].id, d(0), d(2)),
      makeReservation(b, units[1].id, d(-2), d(1)),
      makeReservation(b, units[2].id, d(2), d(6)),
    ];
    await rebuilt(deskSummary as never, b);
    for (const month of [d(-3), d(10)].map((x) => x.slice(0, 7)))
      await rebuildOccupancyMonth({ buildingId: b, month, maxNights: 30 });
    await settle(stays.map((reservation) => createReservation({ reservation })));
    const status = (id: string, s: "checked_in" | "checked_out", expected: "confirmed" | "checked_in") =>
      updateReservation({ buildingId: b, reservationId: id, patch: { status: s }, expectedStatus: expected });
    await settle([
      ...stays.map((r) => status(r.id, "checked_in", "confirmed")),
      ...stays.map((r) => status(r.id, "checked_in", "confirmed")),
      moveReservation({ buildingId: b, reservationId: stays[3].id, to: { checkIn: d(3), checkOut: d(8) } }),
      cancelReservation({ buildingId: b, reservationId: stays[2].id }),
      // a night freed and a night taken in the same month item: one Update of it
      moveReservation({ buildingId: b, reservationId: stays[1].id, to: { checkIn: d(1), checkOut: d(3) } }),
      updateReservation({ buildingId: b, reservationId: stays[0].id, patch: { guestCount: 4 } }),
      // the guest's details step renames them while staff check them in
      saveCheckinStep({
        buildingId: b,
        reservationId: stays[3].id,
        step: {
          progress: { detailsConfirmedAt: new Date().toISOString() },
          guest: { ...stays[3].guest, name: "Renamed Guest" },
          guestCount: 3,
        },
      }),
    ]);
    await settle([
      status(stays[3].id, "checked_out", "checked_in"),
      cancelReservation({ buildingId: b, reservationId: stays[0].id }),
    ]);
    const dates = Array.from({ length: 14 }, (_, i) => d(i - 3));
    // the day items as the syncs left them (read raw: a read with `days` would repair them)
    const sides = ["IN", "OUT"] as const;
    const dayKeys = dates.flatMap((x) =>
      sides.map((side) => ({ date: x, side, key: keys.stayDay(b, x, side) })),
    );
    const dayItems = await batchGetByKey<Record<string, unknown>>(dayKeys.map((k) => k.key));
    const left = await readHomeSummaries(b, {
      desk: true,
      // read before the rebuilds below replace the items
      occupancy: { from: d(-3), to: d(10), maxNights: 30 },
    });
    expect(asMap(left.desk)).toEqual(await rebuilt(deskSummary as never, b));
    let listed = 0;
    for (const [i, { date, side }] of dayKeys.entries()) {
      const synced = entriesIn(dayItems[i]);
      const recomputed = await rebuildStayDay({ buildingId: b, date, side });
      expect(asMap(synced), `${side} ${date}`).toEqual(asMap(recomputed));
      listed += synced.size;
    }
    expect(listed).toBeGreaterThan(0);
    const months = [...new Set([d(-3), d(10)].map((x) => x.slice(0, 7)))];
    const recount = { nights: new Map<string, number>(), arrivals: new Map(), departures: new Map() };
    for (const month of months) {
      const c = await rebuildOccupancyMonth({ buildingId: b, month, maxNights: 30 });
      for (const k of ["nights", "arrivals", "departures"] as const)
        for (const [day, n] of c[k]) recount[k].set(day, n);
    }
    const leftOf = { nights: left.occupancy, arrivals: left.arrivals, departures: left.departures };
    for (const k of ["nights", "arrivals", "departures"] as const) {
      const got = [...(leftOf[k] ?? [])];
      expect(got, k).toEqual(got.map(([day]) => [day, recount[k].get(day) ?? 0]));
      expect(Math.max(...got.map(([, n]) => n)), k).toBeGreaterThan(0);
    }
    // the moves and cancels left these days: the counters follow the live stays, not what was first booked
    // (one of the two stays racing for the same nights was refused: it does not exist)
    const found = await Promise.all(
      stays.map((r) => findReservation({ buildingId: b, reservationId: r.id })),
    );
    const live = found.flatMap((r) => (r && r.status !== "cancelled" ? [r] : []));
    const arriving = (day: string) => live.filter((r) => r.checkIn === day).length;
    const leaving = (day: string) => live.filter((r) => r.checkOut === day).length;
    for (let i = -3; i <= 10; i++) {
      expect(left.arrivals?.get(d(i)), `arrivals ${d(i)}`).toBe(arriving(d(i)));
      expect(left.departures?.get(d(i)), `departures ${d(i)}`).toBe(leaving(d(i)));
    }
  }, 60_000);

  it("open alarms (opened, acknowledged and cleared racing)", async () => {
    const b = newBuildingId();
    const at = "2027-03-28T10:00:00.000Z";
    const alarms: Alarm[] = Array.from({ length: 4 }, (_, i) =>
      makeAlarm(b, { severity: i % 2 ? "critical" : "minor", startedAt: at, lastSeenAt: at }),
    );
    await rebuilt(openAlarmsSummary as never, b);
    await Promise.all(alarms.map((alarm) => openAlarm({ alarm, eventId: newId() })));
    const by = { kind: "user" as const, id: "u1" };
    await settle(
      alarms.flatMap((a, i) => [
        saveAlarmStatus({
          from: "active",
          next: { ...a, status: "acknowledged", acknowledgedBy: by, acknowledgedAt: at },
        }),
        i % 2
          ? saveAlarmStatus({
              from: "active",
              next: { ...a, status: "cleared", clearedBy: by, clearedAt: at },
            })
          : Promise.resolve(),
      ]),
    );
    const left = asMap((await readHomeSummaries(b, { alarms: true })).alarms);
    expect(left).toEqual(await rebuilt(openAlarmsSummary as never, b));
  });

  it("waiting hand-overs (claimed, answered and closed racing)", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const opened = (i: number) => new Date(Date.parse(`${TODAY}T08:00:00Z`) + i * 60_000).toISOString();
    const handovers: Handover[] = Array.from({ length: 6 }, (_, i) => ({
      id: newId(),
      buildingId: b,
      conversationId: newId(),
      status: "open",
      reason: "a person please",
      source: "asked",
      urgent: false,
      asker: { id: newId(), name: "R", role: "resident", email: null, units: [], reservationId: null },
      assignee: null,
      openedAt: opened(i),
      firstReplyAt: null,
      closedAt: null,
      updatedAt: opened(i),
    }));
    await Promise.all(handovers.map((handover) => createHandover({ handover })));
    const at = opened(30);
    const staff = { id: newId(), name: "S" };
    const save = (h: Handover, set: Partial<Handover>) =>
      updateHandover({
        buildingId: b,
        handoverId: h.id,
        set: { ...set, updatedAt: at },
        expectedUpdatedAt: h.updatedAt,
      });
    // two staff claiming each (one wins), a reply racing a close
    await settle(
      handovers.flatMap((h, i) => [
        save(h, { status: "claimed", assignee: staff }),
        save(h, { status: "claimed", assignee: { ...staff, id: newId() } }),
        i % 2 ? save(h, { firstReplyAt: at }) : Promise.resolve(),
        i % 3 === 0 ? save(h, { status: "closed", closedAt: at }) : Promise.resolve(),
      ]),
    );
    const left = asMap((await readHomeSummaries(b, { handovers: true })).handovers);
    expect(left).toEqual(await rebuilt(waitingHandoversSummary as never, b));
    expect(Object.keys(left).length).toBeGreaterThan(0);
  });

  it("people and a person's unread notices", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    await Promise.all(Array.from({ length: 6 }, () => createUser({ user: makeUser(b) })));
    const counted = (await readHomeSummaries(b, { people: true })).people;
    await Promise.all(Array.from({ length: 3 }, () => createUser({ user: makeUser(b) })));
    expect((await readHomeSummaries(b, { people: true })).people).toBe((counted ?? 0) + 3);
    expect(await rebuildPeopleCount({ buildingId: b })).toBe((counted ?? 0) + 3);

    const userId = newId();
    const notice = (): Notification =>
      ({
        id: newId(),
        buildingId: b,
        userId,
        kind: "ticket_update",
        title: "t",
        body: "b",
        link: null,
        readAt: null,
        createdAt: new Date().toISOString(),
      }) as unknown as Notification;
    const first = Array.from({ length: 5 }, notice);
    await Promise.all(first.map((notification) => createNotification({ notification })));
    expect(await countUnreadNotifications({ buildingId: b, userId })).toBe(5);
    const at = new Date().toISOString();
    await settle([
      markNotificationsRead({ buildingId: b, userId, ids: first.slice(0, 3).map((n) => n.id), at }),
      markNotificationsRead({ buildingId: b, userId, ids: first.slice(1, 4).map((n) => n.id), at }),
      ...Array.from({ length: 2 }, () => createNotification({ notification: notice() })),
      createNotification({ notification: first[4] }),
    ]);
    const left = await countUnreadNotifications({ buildingId: b, userId });
    expect(left).toBe(3);
    expect(await rebuildUnreadCount({ buildingId: b, userId })).toBe(left);
  });
});

describe("a day's arrivals and departures are checked against the stay counters on read", () => {
  it("repairs an item short of a stay or holding one too many, and reads a consistent one as it is", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    const units = await Promise.all(["301", "302"].map((n) => seedUnit(b, n)));
    const stays = [
      makeReservation(b, units[0].id, TODAY, addDays(TODAY, 2)),
      makeReservation(b, units[1].id, TODAY, addDays(TODAY, 3)),
    ];
    for (const reservation of stays) await createReservation({ reservation });
    const want = { days: { arrivals: [TODAY], departures: [], maxNights: 30 } };
    const arrivalsOf = async () =>
      asMap((await readHomeSummaries(b, want)).arrivalsOn?.get(TODAY) as Map<string, unknown>);
    const key = keys.stayDay(b, TODAY, "IN");
    const expected = asMap(await rebuildStayDay({ buildingId: b, date: TODAY, side: "IN" }));
    expect(Object.keys(expected).sort()).toEqual(stays.map((r) => r.id).sort());

    // a sync that never ran (the process died after the write): one arrival missing
    await db().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: "REMOVE #a",
        ExpressionAttributeNames: { "#a": `e_${stays[0].id}` },
      }),
    );
    expect(await arrivalsOf()).toEqual(expected);
    // ... and the read wrote the repaired item back
    expect(asMap(entriesIn(await getRecord(key)))).toEqual(expected);

    // an entry of a stay that moved away, left behind
    const stale = { ...expected[stays[0].id], g: "Left Behind" };
    const setArrival = (id: string, entry: unknown) =>
      db().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: key,
          UpdateExpression: "SET #a = :e",
          ExpressionAttributeNames: { "#a": `e_${id}` },
          ExpressionAttributeValues: { ":e": entry },
        }),
      );
    await setArrival(newId(), stale);
    expect(await arrivalsOf()).toEqual(expected);

    // entries that add up are taken as stored: the read is the one item, not the indexes
    await setArrival(stays[1].id, { ...expected[stays[1].id], g: "Renamed Elsewhere" });
    expect((await arrivalsOf())[stays[1].id]).toMatchObject({ g: "Renamed Elsewhere" });
  });
});
