import { describe, expect, it } from "vitest";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { listAccessLogsByDevice } from "@/server/db/access-logs";
import { createCommand } from "@/server/db/device-commands";
import { createDoorCode } from "@/server/db/door-codes";
import { allocatePinSlot } from "@/server/db/pin-slots";
import { createReservation } from "@/server/db/reservations";
import { EventIngestor } from "@/server/mqtt/event-ingestor";
import { newMqttMetrics } from "@/server/mqtt/metrics";
import { seedDevice } from "@/test/device-fixtures";
import { makeReservation } from "@/test/fixtures";
import { accessLogsCsv } from "../access-logs/access-logs-csv";
import { listAccessLogs } from "../access-logs/list-access-logs";
import { seedTicketBuilding } from "../shared/test-fixtures";
import { resolveAccessPerson } from "./resolve-access-person";

/** Door events name who opened the door, through the real ingestor and DynamoDB Local. */
describe("who opened the door", () => {
  it("names the stay's guest for her code and the resident for his app unlock; filters and exports them", async () => {
    const h = await seedTicketBuilding();
    const lock = await seedDevice(h.b, { unitId: h.unit1.id, online: true });
    const today = todayIn("Europe/Lisbon");
    const stay = await createReservation({
      reservation: makeReservation(h.b, h.unit1.id, today, addDays(today, 2), {
        guest: { name: "Ana Souza", email: "ana@test.example" },
      }),
    });
    const now = new Date().toISOString();
    await createDoorCode({
      code: {
        id: "code_ana",
        buildingId: h.b,
        deviceId: lock.id,
        label: "Stay",
        pin: "482913",
        validFrom: now,
        validUntil: addDays(today, 3),
        reservationId: stay.id,
        status: "active",
        createdAt: now,
        updatedAt: now,
      },
    } as never);
    await createCommand({
      command: {
        id: "cmd_app1",
        buildingId: h.b,
        deviceId: lock.id,
        action: "unlock",
        params: {},
        issuedBy: { kind: "user", id: h.users.resident.id, name: h.users.resident.name },
        missionId: null,
        status: "acknowledged",
        reason: null,
        resultState: null,
        issuedAt: now,
        expiresAt: now,
        endedAt: now,
      },
    });
    const ingestor = new EventIngestor(newMqttMetrics());
    const push = (event: Record<string, unknown>) =>
      new Promise<boolean>((done) =>
        ingestor.push({ buildingId: h.b, deviceId: lock.id, event: event as never, done }),
      );
    await push({
      eventId: "k1",
      type: "access",
      method: "pin",
      result: "granted",
      codeId: "code_ana",
      ts: now,
    });
    await push({
      eventId: "k2",
      type: "access",
      method: "app",
      result: "granted",
      commandId: "cmd_app1",
      ts: now,
    });
    await push({ eventId: "k3", type: "access", method: "key", result: "granted", ts: now });
    await ingestor.drain();

    const logs = (await listAccessLogsByDevice({ buildingId: h.b, deviceId: lock.id })).items;
    const byEvent = Object.fromEntries(logs.map((l) => [l.eventId, l]));
    expect(byEvent.k1.person).toEqual({ kind: "guest", name: "Ana Souza", id: `guest_${stay.id}` });
    expect(byEvent.k2.person).toEqual({
      kind: "resident",
      name: h.users.resident.name,
      id: h.users.resident.id,
    });
    expect(byEvent.k2.userId).toBe(h.users.resident.id);
    expect(byEvent.k3.person ?? null).toBeNull();

    // the resident sees who entered their unit, and can narrow to one person
    const mine = await listAccessLogs(h.resident, { limit: 50, personId: `guest_${stay.id}` });
    expect(mine.items.map((l) => l.eventId)).toEqual(["k1"]);
    const csv = accessLogsCsv(logs);
    expect(csv.split("\r\n")[0]).toContain("personKind,personName");
    expect(csv).toContain("guest,Ana Souza");
  });

  it("names a keypad slot's code holder through the lock's PIN slot table", async () => {
    const h = await seedTicketBuilding();
    const lock = await seedDevice(h.b, { unitId: null, online: true });
    const now = new Date().toISOString();
    const holder = {
      kind: "resident" as const,
      id: h.users.resident.id,
      name: h.users.resident.name,
      source: "amenity_booking" as const,
      sourceId: "abk_party1",
    };
    await createDoorCode({
      code: {
        id: "code_party",
        buildingId: h.b,
        deviceId: lock.id,
        label: "Party room",
        pin: "713904",
        validFrom: now,
        validUntil: now,
        reservationId: null,
        holder,
        status: "active",
        createdAt: now,
        updatedAt: now,
      },
    } as never);
    const ref = { buildingId: h.b, deviceId: lock.id };
    const slot = await allocatePinSlot({ ...ref, codeId: "code_party", last: 20 });
    expect(await resolveAccessPerson(h.b, lock.id, { slot })).toEqual({
      kind: "resident",
      name: h.users.resident.name,
      id: h.users.resident.id,
    });
    // a slot nobody holds names nobody
    expect(await resolveAccessPerson(h.b, lock.id, { slot: slot + 1 })).toBeNull();
  });
});
