import { describe, expect, it, vi } from "vitest";
import type { Pass } from "@/lib/domain/pass";
import { windowCodeId } from "@/lib/domain/pass-schedule";
import { addDays, instantAt, todayIn } from "@/lib/domain/stay-dates";
import { getBuilding, updateBuildingConfig } from "@/server/db/buildings";
import { listCommandsByDevice } from "@/server/db/device-commands";
import { getDoorCode, listDoorCodes } from "@/server/db/door-codes";
import { createDoorGroup } from "@/server/db/door-groups";
import { listNotifications } from "@/server/db/notifications";
import { listOutboxEmails } from "@/server/db/outbox";
import { getPass } from "@/server/db/passes";
import { EventIngestor } from "@/server/mqtt/event-ingestor";
import { newMqttMetrics } from "@/server/mqtt/metrics";
import { resolveAccessPerson } from "@/server/services/access-person/resolve-access-person";
import { decidePass } from "@/server/services/passes/decide-pass";
import { findPublicPass } from "@/server/services/passes/find-public-pass";
import { issuePass } from "@/server/services/passes/issue-pass";
import { sweepPasses } from "@/server/services/passes/sweep-passes";
import { seedTicketBuilding, ticketInput } from "@/server/services/shared/test-fixtures";
import { openTicket } from "@/server/services/tickets/open-ticket";
import { updateTicket } from "@/server/services/tickets/update-ticket";
import { seedDevice } from "@/test/device-fixtures";
import { callRoute, documented, post, signInAs } from "@/test/route-harness";
import * as decision from "./[id]/decision/route";
import * as revoke from "./[id]/revoke/route";
import * as one from "./[id]/route";
import * as passes from "./route";

/**
 * Access passes end to end against DynamoDB Local: the routes, the door codes each window puts on the locks, the
 * sweeper that opens and closes weekly windows (several at once), approval, a ticket's closing, and the entries
 * the issuer sees. No broker: commands are stored and end `unreachable` (the locks are offline), which is all
 * these tests look at.
 */
vi.mock("@/server/auth/auth", () => ({ auth: vi.fn(async () => null) }));

const TZ = "Europe/Lisbon"; // seedBuilding's zone
const h = await seedTicketBuilding();
const lobby = await seedDevice(h.b, { name: "Lobby door", unitId: null });
const gym = await seedDevice(h.b, { name: "Gym door", unitId: null });
const myDoor = await seedDevice(h.b, { name: "101 door", unitId: h.unit1.id });
const theirDoor = await seedDevice(h.b, { name: "102 door", unitId: h.unit2.id });
const entrance = await createDoorGroup({
  group: {
    id: `grp_${h.b}`,
    buildingId: h.b,
    name: "Entrance",
    deviceIds: [lobby.id],
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
  },
});
const today = todayIn(TZ);
const allDay = {
  kind: "weekly" as const,
  from: addDays(today, -1),
  until: addDays(today, 14),
  weekdays: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const,
  startTime: "00:00",
  endTime: "23:59",
};
const codesOn = async (deviceId: string, passId: string) =>
  (await listDoorCodes({ buildingId: h.b, deviceId, limit: 200 })).items.filter((c) =>
    c.id.startsWith(passId),
  );
const commandsOn = async (deviceId: string, codeId: string, action: string) =>
  (await listCommandsByDevice({ buildingId: h.b, deviceId, limit: 200 })).items.filter(
    (c) => c.params.codeId === codeId && c.action === action,
  );

describe("POST /api/v1/passes", () => {
  it("a resident issues a recurring pass to a cleaner: a code per window on the locks, the PIN on the public page, the cleaner's entries on the pass", async () => {
    signInAs(h.users.resident);
    const made = await callRoute(
      passes.POST,
      "/api/v1/passes",
      post({
        holder: { name: "Rosa Cleaner", kind: "cleaner" },
        doorGroupIds: [entrance.id],
        deviceIds: [myDoor.id],
        schedule: { ...allDay, weekdays: [...allDay.weekdays] },
      }),
    );
    expect(made.status).toBe(201);
    expect(documented("post", "/api/v1/passes", 201)?.parse(made.body)).toBeTruthy();
    const pass = made.body.pass;
    expect(pass.status).toBe("active");
    expect(pass.lockIds.sort()).toEqual([lobby.id, myDoor.id].sort());
    expect(pass.current.validFrom).toBe(instantAt(today, "00:00", TZ).toISOString());
    expect(pass.current.validUntil).toBe(instantAt(today, "23:59", TZ).toISOString());
    for (const lock of [lobby, myDoor]) {
      const code = await getDoorCode({ buildingId: h.b, deviceId: lock.id, codeId: pass.current.codeId });
      expect(code).toMatchObject({
        pin: pass.pin,
        validFrom: pass.current.validFrom,
        validUntil: pass.current.validUntil,
        holder: { kind: "visitor", id: pass.id, name: "Rosa Cleaner", source: "pass" },
      });
      expect(await commandsOn(lock.id, pass.current.codeId, "set_code")).toHaveLength(1);
    }
    expect(await codesOn(gym.id, pass.id)).toEqual([]);

    const token = String(made.body.link).split("/pass/")[1] as string;
    const pub = await findPublicPass(token);
    expect(pub).toMatchObject({ holderName: "Rosa Cleaner", pin: pass.pin, status: "active" });
    expect(await findPublicPass(`${token.slice(0, -2)}xx`)).toBeNull();

    // the cleaner keys in her PIN at the lobby: the access log names her, and the issuer sees it on the pass
    const ingestor = new EventIngestor(newMqttMetrics());
    await new Promise<boolean>((done) =>
      ingestor.push({
        buildingId: h.b,
        deviceId: lobby.id,
        event: {
          eventId: `pass-entry-${pass.id}`,
          type: "access",
          method: "pin",
          result: "granted",
          codeId: pass.current.codeId,
          ts: new Date().toISOString(),
        } as never,
        done,
      }),
    );
    await ingestor.drain();
    const seen = await callRoute(one.GET, `/api/v1/passes/${pass.id}`, { params: { id: pass.id } });
    expect(seen.status).toBe(200);
    expect(documented("get", "/api/v1/passes/{id}", 200)?.parse(seen.body)).toBeTruthy();
    expect(seen.body.entries).toHaveLength(1);
    expect(seen.body.entries[0].person).toEqual({ kind: "visitor", name: "Rosa Cleaner", id: pass.id });

    // a window code of the pass no longer on record (another lock, a cleared table) still names the holder
    const stray = windowCodeId(pass.id, "2026-01-06T09:00:00.000Z");
    expect(await resolveAccessPerson(h.b, gym.id, { codeId: stray })).toEqual({
      kind: "visitor",
      name: "Rosa Cleaner",
      id: pass.id,
    });

    // another resident neither sees nor revokes it; the issuer revokes it and the code is asked off the locks
    signInAs(h.users.resident2);
    expect((await callRoute(one.GET, `/api/v1/passes/${pass.id}`, { params: { id: pass.id } })).status).toBe(
      403,
    );
    const list2 = await callRoute(passes.GET, "/api/v1/passes");
    expect(list2.body.items.map((p: { id: string }) => p.id)).not.toContain(pass.id);
    signInAs(h.users.resident);
    const revoked = await callRoute(revoke.POST, `/api/v1/passes/${pass.id}/revoke`, {
      ...post({}),
      params: { id: pass.id },
    });
    expect(revoked.status).toBe(200);
    expect(revoked.body.pass).toMatchObject({
      status: "revoked",
      revokeReason: "issuer",
      current: null,
      dueAt: null,
    });
    const code = await getDoorCode({ buildingId: h.b, deviceId: lobby.id, codeId: pass.current.codeId });
    expect(code.removalRequestedAt).toBeTruthy();
    expect(await commandsOn(lobby.id, pass.current.codeId, "delete_code")).toHaveLength(1);
    expect((await findPublicPass(token))?.pin).toBeNull();
  });

  it("a resident cannot open another unit's door, nor a schedule that has ended", async () => {
    await expect(
      issuePass(h.resident, {
        holder: { name: "X", kind: "visitor" },
        deviceIds: [theirDoor.id],
        schedule: { ...allDay, weekdays: ["mon"] },
      }),
    ).rejects.toMatchObject({ code: "forbidden", details: { reason: "pass_foreign_door" } });
    await expect(
      issuePass(h.resident, {
        holder: { name: "X", kind: "visitor" },
        deviceIds: [lobby.id],
        schedule: { kind: "once", from: "2020-01-01T10:00:00Z", until: "2020-01-01T12:00:00Z" },
      }),
    ).rejects.toMatchObject({ code: "validation" });
  });
});

describe("weekly windows on locks that cannot enforce hours", () => {
  it("the sweeper puts the code on at each window's start and takes it off at its end, once however many sweepers run", async () => {
    // Tuesdays and Thursdays 09:00–12:00; issued on a Monday evening, nothing is on the locks yet
    const monday = (() => {
      let d = addDays(today, 7);
      while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
      return d;
    })();
    const at = (day: string, time: string) => instantAt(day, time, TZ);
    const { pass } = await issuePass(
      h.resident,
      {
        holder: { name: "Carla", kind: "cleaner" },
        deviceIds: [gym.id],
        schedule: {
          kind: "weekly",
          from: monday,
          until: addDays(monday, 13),
          weekdays: ["tue", "thu"],
          startTime: "09:00",
          endTime: "12:00",
        },
      },
      at(monday, "19:00"),
      null,
    );
    const tuesday = addDays(monday, 1);
    expect(pass.current).toBeNull();
    expect(pass.dueAt).toBe(at(tuesday, "09:00").toISOString());
    expect(await codesOn(gym.id, pass.id)).toEqual([]);

    // Tuesday 09:00:30: five sweepers at once; one grant, one set_code
    await Promise.all(
      Array.from({ length: 5 }, () =>
        sweepPasses(new Date(at(tuesday, "09:00").getTime() + 30_000), { bridge: null }),
      ),
    );
    const open = await getPass({ buildingId: h.b, passId: pass.id });
    expect(open.current?.validFrom).toBe(at(tuesday, "09:00").toISOString());
    expect(open.dueAt).toBe(at(tuesday, "12:00").toISOString());
    const codeId = open.current?.codeId as string;
    expect(await commandsOn(gym.id, codeId, "set_code")).toHaveLength(1);
    expect((await codesOn(gym.id, pass.id)).map((c) => c.id)).toEqual([codeId]);

    // Tuesday 12:00: off the lock, due again on Thursday 09:00
    await Promise.all(Array.from({ length: 5 }, () => sweepPasses(at(tuesday, "12:00"), { bridge: null })));
    const closed = await getPass({ buildingId: h.b, passId: pass.id });
    expect(closed.current).toBeNull();
    expect(closed.dueAt).toBe(at(addDays(monday, 3), "09:00").toISOString());
    expect(await commandsOn(gym.id, codeId, "delete_code")).toHaveLength(1);
    expect(
      (await getDoorCode({ buildingId: h.b, deviceId: gym.id, codeId })).removalRequestedAt,
    ).toBeTruthy();

    // after the last Thursday's window the pass ends and leaves the due list
    const lastThursday = addDays(monday, 10);
    await sweepPasses(at(lastThursday, "09:30"), { bridge: null });
    await sweepPasses(at(lastThursday, "12:00"), { bridge: null });
    const ended = await getPass({ buildingId: h.b, passId: pass.id });
    expect(ended).toMatchObject({ status: "ended", current: null, dueAt: null });
    expect((await codesOn(gym.id, pass.id)).length).toBe(2);
  });
});

describe("approval and tickets", () => {
  it("with approval required a resident's pass opens nothing until staff approve it, once", async () => {
    const building = await getBuilding({ buildingId: h.b });
    await updateBuildingConfig({
      buildingId: h.b,
      config: { ...building.config, approvals: { ...building.config.approvals, passes: true } },
    });
    try {
      const { pass } = await issuePass(
        h.resident,
        {
          holder: { name: "Uncle Tom", kind: "household", email: "tom@test.example" },
          deviceIds: [myDoor.id],
          schedule: { ...allDay, weekdays: [...allDay.weekdays] },
          delivery: "email",
        },
        new Date(),
        null,
      );
      expect(pass).toMatchObject({ status: "pending", current: null });
      expect(await codesOn(myDoor.id, pass.id)).toEqual([]);
      // staff hear of it in the app (and by email, their default for passes); the notice opens the pass
      const notices = await listNotifications({ buildingId: h.b, userId: h.users.staff.id });
      const notice = notices.items.find((n) => n.kind === "pass" && n.href === `/staff/passes/${pass.id}`);
      expect(notice?.title).toContain("Uncle Tom");
      const outbox = await listOutboxEmails({ buildingId: h.b });
      expect(outbox.items.some((e) => e.to === h.users.staff.email && e.kind === "pass")).toBe(true);
      expect(
        (await listNotifications({ buildingId: h.b, userId: h.resident.id })).items.some(
          (n) => n.kind === "pass",
        ),
      ).toBe(false);
      await expect(decidePass(h.resident, pass.id, { approve: true })).rejects.toMatchObject({
        code: "forbidden",
      });

      signInAs(h.users.staff);
      const answers = await Promise.all(
        Array.from({ length: 4 }, () =>
          callRoute(decision.POST, `/api/v1/passes/${pass.id}/decision`, {
            ...post({ approve: true }),
            params: { id: pass.id },
          }),
        ),
      );
      expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
      expect(answers.every((a) => a.status === 200 || a.status === 409)).toBe(true);
      const approved = await getPass({ buildingId: h.b, passId: pass.id });
      expect(approved.status).toBe("active");
      const codes = await codesOn(myDoor.id, pass.id);
      expect(codes).toHaveLength(1);
      expect(await commandsOn(myDoor.id, codes[0]?.id as string, "set_code")).toHaveLength(1);
    } finally {
      await updateBuildingConfig({ buildingId: h.b, config: building.config });
    }
  });

  it("a vendor pass tied to a ticket is revoked when the ticket is resolved", async () => {
    const ticket = await openTicket(h.resident, ticketInput());
    const { pass } = await issuePass(
      h.staff,
      {
        holder: { name: "Pipes & Co", kind: "vendor" },
        deviceIds: [lobby.id, myDoor.id],
        schedule: {
          kind: "range",
          from: new Date().toISOString(),
          until: new Date(Date.now() + 86_400_000).toISOString(),
        },
        ticketId: ticket.id,
      },
      new Date(),
      null,
    );
    expect(pass.status).toBe("active");
    await updateTicket(h.staff, ticket.id, { status: "resolved" });
    const after: Pass = await getPass({ buildingId: h.b, passId: pass.id });
    expect(after).toMatchObject({ status: "revoked", revokeReason: "ticket_closed", current: null });
    const code = await getDoorCode({
      buildingId: h.b,
      deviceId: myDoor.id,
      codeId: pass.current?.codeId as string,
    });
    expect(code.removalRequestedAt).toBeTruthy();
  });
});
