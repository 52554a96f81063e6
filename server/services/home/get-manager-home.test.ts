import { BatchWriteCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, it } from "vitest";
import { newId } from "@/lib/domain/ids";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { seedBuilding, userActor } from "@/test/api-fixtures";
import { makeAccessLog, makeReservation, makeTicket, makeUser, newBuildingId } from "@/test/fixtures";
import { catchUpAccessCounts } from "../../db/access-count-stream";
import { accessLogItem, putAccessLog } from "../../db/access-logs";
import { db, tableName } from "../../db/client";
import { putDevice } from "../../db/devices";
import { reservationItem } from "../../db/reservations";
import { ticketItem } from "../../db/tickets";
import { unitItem } from "../../db/units";
import { userItem } from "../../db/users";
import { getManagerHome } from "./get-manager-home";

/**
 * The dashboard's cost per view must not grow with the building. The real DynamoDB client is wrapped with a
 * middleware that counts every command it sends (as the scan guard is attached), and the dashboard is loaded
 * for a small building and for one with ~100x the units, devices, people and a long history.
 */
const counted: string[] = [];
const MW = "countDashboardCommands";
function startCounting() {
  counted.length = 0;
  db().middlewareStack.add(
    (next, context) => async (args) => {
      counted.push(context.commandName ?? "?");
      return next(args);
    },
    { step: "initialize", name: MW },
  );
}
afterEach(() => {
  db().middlewareStack.remove(MW);
});

async function batchPut(items: Record<string, unknown>[]) {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  for (let i = 0; i < chunks.length; i += 8) {
    await Promise.all(
      chunks.slice(i, i + 8).map((c) =>
        db().send(
          new BatchWriteCommand({
            RequestItems: { [tableName()]: c.map((Item) => ({ PutRequest: { Item } })) },
          }),
        ),
      ),
    );
  }
}

const now = new Date();
async function seedScale(n: {
  units: number;
  devices: number;
  people: number;
  history: number;
  future: number;
}) {
  const b = newBuildingId();
  await seedBuilding(b);
  const today = todayIn("Europe/Lisbon", now);
  // bulk-loaded like the scale seed (the first view builds the summaries from them)
  const units: Unit[] = Array.from({ length: n.units }, (_, i) => ({
    id: newId(),
    buildingId: b,
    number: String(100 + i),
    floor: 1,
    type: "studio",
    capacity: 2,
    ownerIds: [],
    residentIds: [],
    rentable: true,
    nightlyRateMinor: 10_000,
    status: "active",
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
  }));
  await batchPut(units.map((unit) => unitItem(unit)));
  const unitAt = (i: number) => units[i % units.length]?.id ?? "unit_x";
  const at = now.toISOString();
  for (let i = 0; i < n.devices; i += 20) {
    await Promise.all(
      Array.from({ length: Math.min(20, n.devices - i) }, (_, j) =>
        putDevice({
          device: {
            id: newId(),
            buildingId: b,
            unitId: unitAt(i + j),
            type: "lock",
            name: `Lock ${i + j}`,
            model: "L1",
            location: "door",
            firmware: null,
            online: (i + j) % 5 !== 0,
            lastSeenAt: at,
            state: { locked: true, battery: (i + j) % 7 === 0 ? 10 : 90 },
            stateAt: at,
            createdAt: at,
            updatedAt: at,
          },
        }),
      ),
    );
  }
  const items: Record<string, unknown>[] = [];
  for (let i = 0; i < n.people; i++) items.push(userItem(makeUser(b)));
  // history: stays long over, closed tickets, access logs older than the chart's window
  for (let i = 0; i < n.history; i++) {
    const checkIn = addDays(today, -400 + (i % 380));
    items.push(
      reservationItem(makeReservation(b, unitAt(i), checkIn, addDays(checkIn, 2), { status: "checked_out" })),
    );
    items.push(ticketItem(makeTicket(b, { status: "closed" }).ticket));
    const ts = new Date(now.getTime() - (20 + (i % 300)) * 86_400_000).toISOString();
    items.push(accessLogItem({ log: makeAccessLog(b, { ts }), retentionDays: 365 }));
  }
  // the present: stays in the next weeks, open tickets, recent access events (with their day counters)
  for (let i = 0; i < n.future; i++) {
    const checkIn = addDays(today, i % 20);
    items.push(reservationItem(makeReservation(b, unitAt(i), checkIn, addDays(checkIn, 3))));
    items.push(
      ticketItem(makeTicket(b, { status: i % 2 ? "open" : "in_progress", priority: "high" }).ticket),
    );
  }
  await batchPut(items);
  await Promise.all(
    Array.from({ length: Math.min(n.future, 30) }, (_, i) =>
      putAccessLog({
        log: makeAccessLog(b, { ts: new Date(now.getTime() - (i % 10) * 86_400_000).toISOString() }),
        retentionDays: 365,
        timeZone: "UTC",
      }),
    ),
  );
  return { b, manager: userActor(b, "manager") };
}

describe("manager dashboard cost", () => {
  it("sends the same, fixed number of Queries for a small and a ~100x larger building", async () => {
    const small = await seedScale({ units: 3, devices: 2, people: 2, history: 5, future: 4 });
    const large = await seedScale({ units: 300, devices: 300, people: 400, history: 2000, future: 150 });

    // the access-day counters follow from the table's stream (access-count-stream.ts)
    await catchUpAccessCounts();
    // the bulk load wrote records without the app's writes: the first view builds the summaries, once
    await getManagerHome(small.manager, now);
    await getManagerHome(large.manager, now);

    startCounting();
    const hSmall = await getManagerHome(small.manager, now);
    const smallCount = [...counted];
    db().middlewareStack.remove(MW);

    startCounting();
    const hLarge = await getManagerHome(large.manager, now);
    const largeCount = [...counted];

    console.log(`dashboard commands: small=${smallCount.length} large=${largeCount.length}`);
    // the building (a page has it from the shell's batch), one BatchGetItem of summaries (today's arrivals and
    // departures are counters in the stay months), the access counters' Query and the last 30 days of closed
    // hand-overs, at either size (issue 19)
    const tally = (cs: string[]) =>
      Object.fromEntries([...new Set(cs)].map((c) => [c, cs.filter((x) => x === c).length]));
    expect(tally(smallCount)).toEqual({ GetItemCommand: 1, BatchGetItemCommand: 1, QueryCommand: 2 });
    expect(tally(largeCount)).toEqual(tally(smallCount));
    // and the figures are the real ones, not an artefact of reading less
    expect(hLarge.units.total).toBe(300);
    expect(hLarge.devices).toMatchObject({ total: 300, offline: 60, lowBattery: 43 });
    expect(hLarge.people).toBe(400);
    expect(hLarge.tickets.open + hLarge.tickets.inProgress).toBe(150);
    expect(hLarge.occupancy).toHaveLength(28);
    expect(hLarge.occupancy[0]?.occupied).toBeGreaterThan(0);
    // one future stay in 20 arrives today (check-in today + i % 20); none of the seeded stays leaves today
    expect(hLarge.stays).toMatchObject({ arrivalsToday: Math.ceil(150 / 20), departuresToday: 0 });
    expect(hSmall.stays).toMatchObject({ arrivalsToday: 1, departuresToday: 0 });
    expect(hLarge.accessByDay.reduce((s, d) => s + d.granted + d.denied, 0)).toBe(30);
    expect(hSmall.units.total).toBe(3);
  }, 120_000);

  it("refuses everyone but managers", async () => {
    const b = newBuildingId();
    await seedBuilding(b);
    for (const role of ["guest", "resident", "staff"] as const) {
      await expect(getManagerHome(userActor(b, role))).rejects.toMatchObject({ code: "forbidden" });
    }
  });
});
