import { randomUUID } from "node:crypto";
import type { AccessLog } from "@/lib/domain/access-log";
import { type Alarm, openedAlarm } from "@/lib/domain/alarm";
import { newId as ulid } from "@/lib/domain/ids";
import type { Reservation } from "@/lib/domain/reservation";
import { EMPTY_CHECKIN_PROGRESS } from "@/lib/domain/reservation";
import type { Ticket, TicketEvent } from "@/lib/domain/ticket";
import type { UserRecord } from "@/lib/domain/user";

/**
 * Record factories for tests against DynamoDB Local. Every test file takes a fresh random building id,
 * so files run in parallel on the one shared table without seeing each other's items.
 */
export const newBuildingId = () => `bld_t${randomUUID().replaceAll("-", "").slice(0, 16)}`;
const now = () => new Date().toISOString();

export function makeUser(buildingId: string, over: Partial<UserRecord> = {}): UserRecord {
  const id = ulid();
  return {
    id,
    buildingId,
    email: `${id.toLowerCase()}@test.example`,
    name: `User ${id.slice(-4)}`,
    phone: null,
    role: "resident",
    unitIds: [],
    status: "active",
    locale: null,
    createdAt: now(),
    updatedAt: now(),
    lastLoginAt: null,
    passwordHash: "scrypt$test",
    ...over,
  };
}

export function makeReservation(
  buildingId: string,
  unitId: string,
  checkIn: string,
  checkOut: string,
  over: Partial<Reservation> = {},
): Reservation {
  return {
    id: ulid(),
    buildingId,
    unitId,
    bookedBy: "user_test",
    guest: { name: "Test Guest", email: "guest@test.example" },
    guestCount: 2,
    checkIn,
    checkOut,
    bufferNights: 0,
    status: "confirmed",
    checkinLink: null,
    checkinProgress: EMPTY_CHECKIN_PROGRESS,
    doorAccess: null,
    price: null,
    source: "portal",
    createdAt: now(),
    updatedAt: now(),
    cancelledAt: null,
    ...over,
  };
}

export function makeTicket(
  buildingId: string,
  over: Partial<Ticket> = {},
): { ticket: Ticket; event: TicketEvent } {
  const ticket: Ticket = {
    id: ulid(),
    buildingId,
    unitId: null,
    openedBy: { kind: "user", id: "user_test" },
    missionId: null,
    reservationId: null,
    title: "Leaking tap",
    description: "Drips all night",
    category: "plumbing",
    priority: "normal",
    status: "open",
    assigneeId: null,
    photoKeys: [],
    createdAt: now(),
    updatedAt: now(),
    resolvedAt: null,
    ...over,
  };
  const event: TicketEvent = {
    id: ulid(),
    ticketId: ticket.id,
    buildingId,
    kind: "created",
    actor: ticket.openedBy,
    comment: null,
    from: null,
    to: ticket.status,
    at: ticket.createdAt,
  };
  return { ticket, event };
}

export function makeAccessLog(buildingId: string, over: Partial<AccessLog> = {}): AccessLog {
  return {
    id: ulid(),
    buildingId,
    deviceId: "dev_test",
    unitId: "unit_test",
    ts: now(),
    method: "pin",
    result: "granted",
    userId: null,
    reservationId: null,
    codeId: null,
    eventId: randomUUID(),
    ...over,
  };
}

/** An active alarm just opened on a device of no unit: pass `unitId`, `severity`… to change it. */
export function makeAlarm(buildingId: string, over: Partial<Alarm> = {}): Alarm {
  return {
    ...openedAlarm({
      id: ulid(),
      buildingId,
      deviceId: ulid(),
      unitId: null,
      cause: "leak",
      at: now(),
      value: null,
    }),
    ...over,
  };
}
