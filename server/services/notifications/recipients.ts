import "server-only";
import type { Building } from "@/lib/domain/building";
import type { Reservation } from "@/lib/domain/reservation";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import type { User } from "@/lib/domain/user";
import { closestLocale, DEFAULT_LOCALE } from "@/lib/i18n";
import { guestIdOf } from "../../auth/guest-session";
import { listDepartures, listReservationsByUnit } from "../../db/reservation-queries";
import { listUsers } from "../../db/users";
import type { Recipient } from "./notify-people";

const IN_HOUSE: readonly Reservation["status"][] = ["confirmed", "checked_in"];

/** A person with an account, in their own language (else the building's). */
export const userRecipient = (b: Building, u: User): Recipient => ({
  id: u.id,
  role: u.role,
  locale: closestLocale(u.locale) ?? closestLocale(b.locale) ?? DEFAULT_LOCALE,
  email: u.email,
  name: u.name,
});

/** The guest of a stay, in the language the stay was booked with. */
export const guestRecipient = (b: Building, r: Reservation): Recipient => ({
  id: guestIdOf(r.id),
  role: "guest",
  locale: closestLocale(r.guestLocale) ?? closestLocale(b.locale) ?? DEFAULT_LOCALE,
  email: r.guest.email,
  name: r.guest.name,
});

/** True while the stay is in house today (checked in, or confirmed and inside its dates). */
export const inHouse = (r: Reservation, today: string) =>
  IN_HOUSE.includes(r.status) && r.checkIn <= today && today < r.checkOut;

async function activeUsers(b: Building): Promise<User[]> {
  const out: User[] = [];
  let cursor: string | null = null;
  do {
    const page = await listUsers({ buildingId: b.id, status: "active", cursor, limit: 200 });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor && out.length < 5000);
  return out;
}

/** Staff and managers. */
export async function staffRecipients(b: Building): Promise<Recipient[]> {
  return (await activeUsers(b))
    .filter((u) => u.role === "staff" || u.role === "manager")
    .map((u) => userRecipient(b, u));
}

/** The stay in house in a unit today, if any. */
export async function currentStay(
  b: Building,
  unitId: string,
  now = new Date(),
): Promise<Reservation | null> {
  const today = todayIn(b.timezone, now);
  const page = await listReservationsByUnit({ buildingId: b.id, unitId, from: today, to: today, limit: 20 });
  return page.items.find((r) => inHouse(r, today)) ?? null;
}

/** Staff, the unit's residents and the guest staying there now. */
export async function unitRecipients(b: Building, unitId: string | null): Promise<Recipient[]> {
  const users = await activeUsers(b);
  const people = users
    .filter((u) => u.role === "staff" || u.role === "manager" || (unitId && u.unitIds.includes(unitId)))
    .map((u) => userRecipient(b, u));
  const stay = unitId ? await currentStay(b, unitId) : null;
  return stay ? [...people, guestRecipient(b, stay)] : people;
}

/** Everyone with an account in the building, and every guest in house today. */
export async function buildingRecipients(b: Building, now?: Date): Promise<Recipient[]>;
/** The same, each with the units they belong to (a guest: the stay's unit), for audiences by floor or unit. */
export async function buildingRecipients(
  b: Building,
  now: Date | undefined,
  opts: { withUnits: true },
): Promise<{ recipient: Recipient; unitIds: string[] }[]>;
export async function buildingRecipients(b: Building, now = new Date(), opts?: { withUnits: true }) {
  const today = todayIn(b.timezone, now);
  const [users, leaving] = await Promise.all([
    activeUsers(b),
    listDepartures({ buildingId: b.id, from: addDays(today, 1), to: addDays(today, 366), limit: 200 }),
  ]);
  const stays = leaving.items.filter((r) => inHouse(r, today));
  const all = [
    ...users.map((u) => ({ recipient: userRecipient(b, u), unitIds: u.unitIds })),
    ...stays.map((r) => ({ recipient: guestRecipient(b, r), unitIds: [r.unitId] })),
  ];
  return opts?.withUnits ? all : all.map((x) => x.recipient);
}
