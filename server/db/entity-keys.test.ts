import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { type Building, buildingConfigSchema } from "@/lib/domain/building";
import type { Conversation } from "@/lib/domain/conversation";
import type { Device } from "@/lib/domain/device";
import type { DeviceCommand } from "@/lib/domain/device-command";
import type { Handover } from "@/lib/domain/handover";
import { newId as ulid } from "@/lib/domain/ids";
import type { Mission } from "@/lib/domain/mission";
import type { Pass } from "@/lib/domain/pass";
import type { Unit } from "@/lib/domain/unit";
import { makeReservation, makeTicket, makeUser, newBuildingId } from "@/test/fixtures";
import { buildingKeys, putBuilding, updateBuildingDetails } from "./buildings";
import { channelFeedKeys, createChannelFeed, findChannelFeed, replaceChannelFeed } from "./channel-feeds";
import { db, tableName } from "./client";
import { appendMessages, conversationKeys, createConversation } from "./conversations";
import { commandKeys, createCommand, finishCommand } from "./device-commands";
import { deviceKeys, putDevice, retireDevice, updateDevice } from "./devices";
import { createHandover, findHandover, handoverKeys, updateHandover } from "./handovers";
import { acceptInvitation } from "./invitations";
import { stripKeys } from "./item";
import type { Key } from "./keys";
import { createMission, missionKeys, saveMission } from "./missions";
import { createPass, findPass, passKeys, updatePass } from "./passes";
import { writePersonAccess } from "./person-access";
import {
  cancelReservation,
  createReservation,
  moveReservation,
  reservationKeys,
  updateReservation,
} from "./reservations";
import { createTicket, ticketKeys, updateTicket } from "./tickets";
import { putUnit, unitKeys, updateUnit } from "./units";
import type { EntityKeys } from "./update";
import { createUser, getUser, updateUser, userKeys } from "./users";

const b = newBuildingId();
const now = () => new Date().toISOString();
const KEY_ATTRIBUTES = ["pk", "sk", "gsi1pk", "gsi1sk", "gsi2pk", "gsi2sk", "gsi3pk", "gsi3sk"];

/** The stored item split into its key attributes and its record. */
async function stored(key: Key) {
  const out = await db().send(new GetCommand({ TableName: tableName(), Key: key, ConsistentRead: true }));
  const item = out.Item ?? {};
  const keyAttributes = Object.fromEntries(Object.entries(item).filter(([k]) => KEY_ATTRIBUTES.includes(k)));
  return { keyAttributes, record: stripKeys<Record<string, unknown>>(item) };
}

/**
 * One row per entity with index keys: how to create one, its key function, and each public update that changes
 * an attribute feeding an index. After every update, the stored item must carry exactly the keys its key
 * function computes from the stored record, and the update must really have moved a key (else the row proves
 * nothing). A new entity or update path belongs in this table.
 */
type Row = {
  entity: string;
  // biome-ignore lint/suspicious/noExplicitAny: each row's key function takes its own record type
  keysOf: (r: any) => EntityKeys;
  create: () => Promise<Key>;
  updates: [string, (key: Key) => Promise<unknown>][];
};

const unit = (over: Partial<Unit> = {}): Unit => ({
  id: ulid(),
  buildingId: b,
  number: `N${ulid().slice(-6)}`,
  floor: 1,
  type: "studio",
  capacity: 2,
  ownerIds: [],
  residentIds: [],
  rentable: true,
  nightlyRateMinor: 10000,
  status: "active",
  createdAt: now(),
  updatedAt: now(),
  ...over,
});
const device = (): Device => ({
  id: ulid(),
  buildingId: b,
  unitId: "unit_a",
  type: "lock",
  name: "Front door",
  model: "L1",
  location: "Unit A",
  firmware: null,
  online: true,
  lastSeenAt: null,
  state: {},
  stateAt: null,
  createdAt: now(),
  updatedAt: now(),
});

const rows: Row[] = [
  {
    entity: "ticket",
    keysOf: ticketKeys,
    create: async () => {
      const t = makeTicket(b);
      await createTicket(t);
      return { pk: `BLD#${b}`, sk: `TICKET#${t.ticket.id}` };
    },
    updates: [
      [
        "status",
        (k) =>
          updateTicket({
            buildingId: b,
            ticketId: k.sk.slice(7),
            patch: { status: "in_progress" },
            events: [],
          }),
      ],
    ],
  },
  {
    entity: "user",
    keysOf: userKeys,
    create: async () => {
      const u = makeUser(b, { role: "manager" });
      await createUser({ user: u });

      return { pk: `BLD#${b}`, sk: `USER#${u.id}` };
    },
    updates: [
      [
        "role (updateUser)",
        (k) => updateUser({ buildingId: b, userId: k.sk.slice(5), patch: { role: "staff" } }),
      ],
      [
        "name (updateUser)",
        (k) => updateUser({ buildingId: b, userId: k.sk.slice(5), patch: { name: "Zed" } }),
      ],
      [
        "role (writePersonAccess)",
        async (k) =>
          writePersonAccess({
            cur: await getUser({ buildingId: b, userId: k.sk.slice(5) }),
            patch: { role: "resident" },
            units: [],
          }),
      ],
    ],
  },
  {
    entity: "invited user",
    keysOf: userKeys,
    create: async () => {
      const u = makeUser(b, { status: "invited", name: "Invitee" });
      const tokenHash = `hash_${u.id}`;
      await createUser({ user: u, invitation: { tokenHash, expiresAt: "2999-01-01T00:00:00.000Z" } });
      return { pk: `BLD#${b}`, sk: `USER#${u.id}` };
    },
    updates: [
      [
        "name (acceptInvitation)",
        (k) =>
          acceptInvitation({
            tokenHash: `hash_${k.sk.slice(5)}`,
            passwordHash: "scrypt$x",
            name: "Accepted",
          }),
      ],
    ],
  },
  {
    entity: "unit",
    keysOf: unitKeys,
    create: async () => {
      const u = unit();
      await putUnit({ unit: u });
      return { pk: `BLD#${b}`, sk: `UNIT#${u.id}` };
    },
    updates: [
      ["floor", (k) => updateUnit({ buildingId: b, unitId: k.sk.slice(5), patch: { floor: 7 } })],
      [
        "number",
        (k) =>
          updateUnit({ buildingId: b, unitId: k.sk.slice(5), patch: { number: `R${ulid().slice(-6)}` } }),
      ],
    ],
  },
  {
    entity: "device",
    keysOf: deviceKeys,
    create: async () => {
      const d = device();
      await putDevice({ device: d });
      return { pk: `BLD#${b}`, sk: `DEVICE#${d.id}` };
    },
    updates: [
      [
        "unitId",
        (k) => updateDevice({ buildingId: b, deviceId: k.sk.slice(7), patch: { unitId: "unit_b" } }),
      ],
      [
        "unitId to common area",
        (k) => updateDevice({ buildingId: b, deviceId: k.sk.slice(7), patch: { unitId: null } }),
      ],
      ["retiredAt", (k) => retireDevice({ buildingId: b, deviceId: k.sk.slice(7), at: now() })],
    ],
  },
  {
    entity: "mission",
    keysOf: missionKeys,
    create: async () => {
      const m: Mission = {
        id: ulid(),
        buildingId: b,
        goal: "Fix the tap",
        requestedBy: { kind: "user", id: "u1" },
        conversationId: null,
        status: "awaiting_approval",
        steps: [],
        createdAt: now(),
        updatedAt: now(),
      };
      await createMission({ mission: m });
      return { pk: `BLD#${b}`, sk: `MISSION#${m.id}` };
    },
    updates: [
      [
        "status",
        async (k) => {
          const { record } = await stored(k);
          return saveMission({
            buildingId: b,
            missionId: k.sk.slice(8),
            status: "running",
            steps: [],
            expectedUpdatedAt: String(record.updatedAt),
          });
        },
      ],
    ],
  },
  {
    entity: "conversation",
    keysOf: conversationKeys,
    create: async () => {
      const c: Conversation = {
        id: ulid(),
        buildingId: b,
        userId: "u1",
        title: "t",
        channel: "web",
        messageCount: 0,
        createdAt: "2026-01-01T00:00:00.000Z",
        updatedAt: "2026-01-01T00:00:00.000Z",
      };
      await createConversation({ conversation: c });
      return { pk: `BLD#${b}`, sk: `CONV#${c.id}` };
    },
    updates: [
      [
        "updatedAt (appendMessages)",
        (k) =>
          appendMessages({
            conversation: { buildingId: b, id: k.sk.slice(5), userId: "u1" },
            messages: [
              {
                id: ulid(),
                conversationId: k.sk.slice(5),
                buildingId: b,
                role: "user",
                parts: [{ type: "text", text: "hi" }],
                citations: [],
                missionId: null,
                createdAt: now(),
              },
            ],
          }),
      ],
    ],
  },
  {
    entity: "building",
    keysOf: buildingKeys,
    create: async () => {
      const building: Building = {
        id: newBuildingId(),
        name: "Alpha",
        address: { line1: "1 Test St", city: "Testville", postalCode: "00000", country: "US" },
        timezone: "America/New_York",
        locale: "en-US",
        currency: "USD",
        config: buildingConfigSchema.parse({}),
        createdAt: now(),
        updatedAt: now(),
      };
      await putBuilding({ building });
      return { pk: `BLD#${building.id}`, sk: "BUILDING" };
    },
    updates: [["name", (k) => updateBuildingDetails({ buildingId: k.pk.slice(4), patch: { name: "Beta" } })]],
  },
  {
    entity: "reservation",
    keysOf: reservationKeys,
    create: async () => {
      const r = makeReservation(b, ulid(), "2031-03-01", "2031-03-04");
      await createReservation({ reservation: r });
      return { pk: `BLD#${b}`, sk: `RES#${r.id}` };
    },
    updates: [
      [
        "status (cancelReservation)",
        (k) => cancelReservation({ buildingId: b, reservationId: k.sk.slice(4) }),
      ],
    ],
  },
  {
    entity: "reservation (updateReservation)",
    keysOf: reservationKeys,
    create: async () => {
      const r = makeReservation(b, ulid(), "2031-04-01", "2031-04-03");
      await createReservation({ reservation: r });
      return { pk: `BLD#${b}`, sk: `RES#${r.id}` };
    },
    updates: [
      [
        "status",
        (k) =>
          updateReservation({ buildingId: b, reservationId: k.sk.slice(4), patch: { status: "cancelled" } }),
      ],
    ],
  },
  {
    entity: "reservation (moveReservation)",
    keysOf: reservationKeys,
    create: async () => {
      const r = makeReservation(b, ulid(), "2031-05-01", "2031-05-03");
      await createReservation({ reservation: r });
      return { pk: `BLD#${b}`, sk: `RES#${r.id}` };
    },
    updates: [
      [
        "dates",
        (k) =>
          moveReservation({
            buildingId: b,
            reservationId: k.sk.slice(4),
            to: { checkIn: "2031-05-02", checkOut: "2031-05-06" },
          }),
      ],
    ],
  },
  {
    entity: "channel feed (replaceChannelFeed)",
    keysOf: channelFeedKeys,
    create: async () => {
      const at = now();
      const id = ulid();
      await createChannelFeed({
        feed: {
          id,
          buildingId: b,
          unitId: "unit_a",
          url: "https://example.com/a.ics",
          channel: "airbnb",
          createdAt: at,
          createdBy: "user_test",
          lastSyncAt: null,
          lastSuccessAt: null,
          lastError: null,
          etag: null,
          lastModified: null,
          nextPollAt: at,
          leaseUntil: null,
          version: 0,
          conflicts: [],
        },
      });
      return { pk: `BLD#${b}`, sk: `CHFEED#${id}` };
    },
    updates: [
      [
        "nextPollAt (the lease)",
        async (k) => {
          const feed = await findChannelFeed({ buildingId: b, feedId: k.sk.slice(7) });
          if (!feed) throw new Error("feed missing");
          const moved = { ...feed, nextPollAt: "2031-01-01T00:00:00.000Z" };
          if (!(await replaceChannelFeed({ feed: moved, expectedVersion: feed.version })))
            throw new Error("not written");
        },
      ],
    ],
  },
  {
    entity: "device command",
    keysOf: commandKeys,
    create: async () => {
      const c: DeviceCommand = {
        id: ulid(),
        buildingId: b,
        deviceId: "dev1",
        action: "lock",
        params: {},
        issuedBy: { kind: "user", id: "u1" },
        missionId: null,
        status: "pending",
        reason: null,
        resultState: null,
        issuedAt: now(),
        expiresAt: now(),
        endedAt: null,
      };
      await createCommand({ command: c });
      return { pk: `BLD#${b}#DEVICE#dev1`, sk: `CMD#${c.id}` };
    },
    updates: [
      [
        "status (finishCommand)",
        (k) =>
          finishCommand({
            buildingId: b,
            deviceId: "dev1",
            commandId: k.sk.slice(4),
            status: "acknowledged",
          }),
      ],
    ],
  },
  {
    entity: "access pass",
    keysOf: passKeys,
    create: async () => {
      const p: Pass = {
        id: ulid(),
        buildingId: b,
        issuedBy: { id: "u1", name: "Riley", role: "resident" },
        holder: { name: "Rosa", kind: "vendor" },
        doorGroupIds: [],
        deviceIds: ["dev1"],
        lockIds: ["dev1"],
        schedule: { kind: "range", from: now(), until: new Date(Date.now() + 3_600_000).toISOString() },
        ticketId: "t1",
        delivery: "link",
        pin: "123456",
        linkHash: ulid(),
        status: "active",
        current: null,
        dueAt: now(),
        decidedBy: null,
        revokedAt: null,
        revokeReason: null,
        createdAt: now(),
        updatedAt: now(),
      };
      await createPass({ pass: p });
      return { pk: `BLD#${b}`, sk: `PASS#${p.id}` };
    },
    updates: [
      [
        "dueAt (a window granted)",
        async (k) => {
          const p = (await findPass({ buildingId: b, passId: k.sk.slice(5) })) as Pass;
          await updatePass({ current: p, set: { dueAt: "2031-01-01T00:00:00.000Z" } });
        },
      ],
      [
        "status (revoked: off the due and ticket lists)",
        async (k) => {
          const p = (await findPass({ buildingId: b, passId: k.sk.slice(5) })) as Pass;
          await updatePass({ current: p, set: { status: "revoked", dueAt: null } });
        },
      ],
    ],
  },
  {
    entity: "hand-over",
    keysOf: handoverKeys,
    create: async () => {
      const id = ulid();
      const h: Handover = {
        id,
        buildingId: b,
        conversationId: id,
        status: "open",
        reason: "unanswered question",
        source: "unanswered",
        urgent: false,
        asker: {
          id: "u1",
          name: "Riley",
          role: "resident",
          email: null,
          locale: "en",
          units: ["101"],
          reservationId: null,
        },
        assignee: null,
        openedAt: now(),
        firstReplyAt: null,
        closedAt: null,
        updatedAt: now(),
      };
      await createHandover({ handover: h });
      return keyOf(handoverKeys(h));
    },
    updates: [
      [
        "status (claimed: moves in the inbox by status)",
        async (k) => {
          const h = (await findHandover({ buildingId: b, handoverId: handoverIdOf(k) })) as Handover;
          await updateHandover({
            buildingId: b,
            handoverId: h.id,
            set: { status: "claimed", assignee: { id: "s1", name: "Sam" }, updatedAt: now() },
            expectedUpdatedAt: h.updatedAt,
          });
        },
      ],
      [
        "status (closed)",
        async (k) => {
          const h = (await findHandover({ buildingId: b, handoverId: handoverIdOf(k) })) as Handover;
          await updateHandover({
            buildingId: b,
            handoverId: h.id,
            set: { status: "closed", closedAt: now(), updatedAt: now() },
            expectedUpdatedAt: h.updatedAt,
          });
        },
      ],
    ],
  },
];

const keyOf = (k: EntityKeys): Key => ({ pk: String(k.pk), sk: String(k.sk) });
const handoverIdOf = (k: Key) => k.sk.slice(k.sk.lastIndexOf("#") + 1);

describe("each entity owns its keys: no update leaves an index key stale", () => {
  for (const row of rows) {
    it(`${row.entity}: ${row.updates.map(([n]) => n).join(", ")}`, async () => {
      const key = await row.create();
      let before = await stored(key);
      expect(before.keyAttributes).toEqual(row.keysOf(before.record));
      for (const [name, update] of row.updates) {
        await update(key);
        const after = await stored(key);
        expect(after.keyAttributes, `${row.entity} after ${name}`).toEqual(row.keysOf(after.record));
        expect(after.keyAttributes, `${name} must move a key`).not.toEqual(before.keyAttributes);
        before = after;
      }
    });
  }

  it("two racing edits of the same key: both land or one is a 409, and the key matches the record", async () => {
    for (let i = 0; i < 5; i++) {
      const u = makeUser(b, { role: "manager", name: "Racer" });
      await createUser({ user: u });
      const results = await Promise.allSettled([
        updateUser({ buildingId: b, userId: u.id, patch: { role: "staff" } }),
        updateUser({ buildingId: b, userId: u.id, patch: { name: "Renamed" } }),
      ]);
      for (const r of results) {
        if (r.status === "rejected") expect(r.reason).toMatchObject({ code: "conflict" });
      }
      const after = await stored({ pk: `BLD#${b}`, sk: `USER#${u.id}` });
      expect(after.keyAttributes).toEqual(userKeys(after.record as never));
    }
  });
});
