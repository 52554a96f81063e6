import type { Mission } from "@/lib/domain/mission";
import { todayIn } from "@/lib/domain/stay-dates";
import type { Unit } from "@/lib/domain/unit";
import { AppError } from "@/lib/errors";
import { putAccessLog } from "@/server/db/access-logs";
import { putBuilding } from "@/server/db/buildings";
import { putDevice } from "@/server/db/devices";
import { putDoorRevocation } from "@/server/db/door-access";
import { createDoorCode } from "@/server/db/door-codes";
import { putKnowledgeDocument } from "@/server/db/knowledge-documents";
import { createMission } from "@/server/db/missions";
import { cancelReservation, createReservation } from "@/server/db/reservations";
import { storeReadings } from "@/server/db/telemetry";
import { addTicketEvent, createTicket } from "@/server/db/tickets";
import { hashToken } from "@/server/db/token-hash";
import { putUnit } from "@/server/db/units";
import { createUser } from "@/server/db/users";
import { demoAccessLogs } from "./seed-data/access-logs";
import { seedAmenities } from "./seed-data/amenities";
import { seedBilling } from "./seed-data/billing";
import { type DemoBuildingSpec, demoUnits } from "./seed-data/buildings";
import { demoDevices } from "./seed-data/devices";
import { seedDialectDevices } from "./seed-data/dialect-devices";
import { demoDocuments } from "./seed-data/documents";
import { demoUsers } from "./seed-data/people";
import { demoToken, rng } from "./seed-data/random";
import { demoStays } from "./seed-data/stays";
import { demoTelemetry } from "./seed-data/telemetry";
import { demoTickets } from "./seed-data/tickets";

/** Runs `fn` over `items`, `width` at a time: fast against DynamoDB Local without flooding it. */
async function inBatches<T>(items: T[], width: number, fn: (item: T) => Promise<unknown>) {
  for (let i = 0; i < items.length; i += width) await Promise.all(items.slice(i, i + width).map(fn));
}

/** A create that meets its own item from an interrupted earlier run is fine: the data is deterministic. */
const alreadyThere = (e: unknown) => {
  if (e instanceof AppError && e.code === "conflict") return;
  throw e;
};

export type SeedSummary = {
  buildingId: string;
  units: number;
  users: number;
  devices: number;
  reservations: number;
  tickets: number;
  accessLogs: number;
};

/** Writes one demo building through the same db functions the app uses, so the data obeys the same rules. */
export async function seedBuilding(
  spec: DemoBuildingSpec,
  opts: { passwordHash: string; now: Date },
): Promise<SeedSummary> {
  const { now, passwordHash } = opts;
  const at = now.toISOString();
  const b = spec.id;
  const r = rng(`buildingos-demo:${b}`);
  const today = todayIn(spec.building.timezone, now);
  await putBuilding({ building: { ...spec.building, createdAt: at, updatedAt: at } });

  const users = demoUsers(b, passwordHash, at);
  const units = demoUnits(spec, at).map((u): Unit => {
    const living = users.filter((p) => p.role === "resident" && p.unitIds.includes(u.id)).map((p) => p.id);
    return { ...u, ownerIds: living, residentIds: living };
  });
  await inBatches(units, 16, (unit) => putUnit({ unit }));
  await inBatches(users, 8, (user) => {
    const invitation =
      user.status === "invited"
        ? {
            tokenHash: hashToken(demoToken(`invite ${user.id}`)),
            expiresAt: new Date(now.getTime() + 14 * 86_400_000).toISOString(),
          }
        : undefined;
    return createUser({ user, invitation }).catch(alreadyThere);
  });

  const devices = demoDevices(spec.slug, b, units, r, now);
  await inBatches(devices, 16, (device) => putDevice({ device }));
  await seedDialectDevices(spec.slug, b, units, now);

  const rates = new Map(units.map((u) => [u.id, u.nightlyRateMinor]));
  const stays = demoStays(spec, today, r, rates);
  for (const stay of stays) {
    await createReservation({ reservation: stay.reservation }).catch(alreadyThere);
    if (stay.doorCode) {
      await createDoorCode({ code: stay.doorCode }).catch(alreadyThere);
      // the code's revocation record, due at its end, as an issued code has (the sweeper deletes it from there)
      await putDoorRevocation({
        buildingId: b,
        reservationId: stay.reservation.id,
        codeId: stay.doorCode.id,
        deviceIds: [stay.doorCode.deviceId],
        dueAt: stay.doorCode.validUntil,
      });
    }
    if (stay.cancel) await cancelReservation({ buildingId: b, reservationId: stay.reservation.id, now });
  }

  const tickets = demoTickets(b, spec.slug, r, now);
  for (const { ticket, events } of tickets) {
    const [created, ...rest] = events;
    const fresh = await createTicket({ ticket, event: created }).then(
      () => true,
      (e) => {
        alreadyThere(e);
        return false;
      },
    );
    if (fresh) for (const event of rest) await addTicketEvent({ event });
  }

  const logs = demoAccessLogs({ buildingId: b, slug: spec.slug, devices, users, stays, r, now });
  const retentionDays = spec.building.config.accessLogRetentionDays;
  await inBatches(logs, 16, (log) => putAccessLog({ log, retentionDays, timeZone: spec.building.timezone }));

  const readings = demoTelemetry({ devices, r, now });
  const telemetryDays = spec.building.config.alarms.telemetryRetentionDays;
  await inBatches(readings, 32, (x) => storeReadings({ buildingId: b, ...x, retentionDays: telemetryDays }));

  const docs = demoDocuments(spec);
  for (const d of docs) {
    await putKnowledgeDocument({
      document: {
        ...d,
        audience: [...d.audience],
        buildingId: b,
        format: "markdown",
        s3Key: null,
        status: "pending",
        chunkCount: 0,
        error: null,
        createdBy: `usr_${spec.slug}_manager`,
        createdAt: at,
        updatedAt: at,
        indexedAt: null,
      },
    });
  }

  await createMission({ mission: demoMission(spec, r, now) }).catch(alreadyThere);
  await seedAmenities(spec, now);
  await seedBilling(spec, { units, users, now });
  return {
    buildingId: b,
    units: units.length,
    users: users.length,
    devices: devices.length,
    reservations: stays.length,
    tickets: tickets.length,
    accessLogs: logs.length,
  };
}

/** One request waiting for staff approval, so the approvals queue is not empty in the demo. */
function demoMission(spec: DemoBuildingSpec, r: ReturnType<typeof rng>, now: Date): Mission {
  const at = new Date(now.getTime() - 20 * 60_000).toISOString();
  const unit = "101";
  const lock = `dev_${spec.slug}_${unit}_lock`;
  return {
    id: r.ulid(at),
    buildingId: spec.id,
    goal: `Let the plumber into unit ${unit} to fix the dripping tap`,
    requestedBy: { kind: "user", id: `usr_${spec.slug}_resident` },
    conversationId: null,
    status: "awaiting_approval",
    steps: [
      {
        id: r.ulid(at),
        kind: "device_command",
        title: `Unlock the door of unit ${unit}`,
        input: { deviceId: lock, action: "unlock" },
        status: "awaiting_approval",
        requiresApproval: true,
        result: null,
        error: null,
        approverId: null,
        decidedAt: null,
        startedAt: null,
        endedAt: null,
      },
      {
        id: r.ulid(at),
        kind: "notify",
        title: "Tell the resident the plumber is in",
        input: { userId: `usr_${spec.slug}_resident` },
        status: "pending",
        requiresApproval: false,
        result: null,
        error: null,
        approverId: null,
        decidedAt: null,
        startedAt: null,
        endedAt: null,
      },
    ],
    createdAt: at,
    updatedAt: at,
  };
}
