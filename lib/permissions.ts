import { AppError } from "./errors";
import type { Actor, Role } from "./roles";

/**
 * The permission table of SPEC.md, in one place. Each capability maps a role to a scope:
 * - "none": never
 * - "own": only what the actor owns (their units, their stay, their tickets) — the service checks ownership
 * - "building": anything in the actor's building
 * Every scope is inside the actor's building: nothing ever crosses buildings.
 * Pages may use this to hide buttons; services use it to decide.
 */
export type Scope = "none" | "own" | "building";

export const PERMISSIONS = {
  "reservation.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "reservation.create": { guest: "none", resident: "own", staff: "none", manager: "building" },
  "reservation.cancel": { guest: "none", resident: "own", staff: "none", manager: "building" },
  "reservation.checkinLink": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "ticket.create": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "ticket.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "ticket.comment": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "ticket.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "device.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "device.command": { guest: "own", resident: "own", staff: "building", manager: "building" },
  // sensor history: staff and managers, residents for their units' devices (not guests: a stay is not a home)
  "telemetry.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "accessLog.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "mission.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "mission.approve": { guest: "none", resident: "none", staff: "building", manager: "building" },
  // calling off a mission not yet run (e.g. a door unlock scheduled for 15:00): its requester, or the front desk
  "mission.cancel": { guest: "own", resident: "own", staff: "building", manager: "building" },
  // conversations handed to a person (issue 21): the front desk reads, claims and answers them; managers too
  "handover.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "building.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "building.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "unit.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "unit.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "user.read": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "user.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "device.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "knowledge.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "persona.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "audit.read": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "concierge.chat": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "apiToken.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  // the local email outbox holds guests' check-in links: secrets, so managers only and never API tokens
  "outbox.read": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "alarm.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "alarm.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  // announcements (issue 16): managers post (staff too where the building allows: checked in the service)
  "announcement.post": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "announcement.read": { guest: "own", resident: "own", staff: "own", manager: "building" },
  "notification.read": { guest: "own", resident: "own", staff: "own", manager: "own" },
  // channel feeds (issue 17): the host (the unit's resident) and managers add them; staff see their state
  "channelFeed.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "channelFeed.manage": { guest: "none", resident: "own", staff: "none", manager: "building" },
  // changing a stay's dates, party or guest details: who may book it may change it
  "reservation.update": { guest: "none", resident: "own", staff: "none", manager: "building" },
  // ending a stay: the guest themselves, the host, the front desk
  "reservation.checkOut": { guest: "own", resident: "own", staff: "building", manager: "building" },
  // approving or rejecting a guest's ID (issue 17): a person's decision, so withheld from API tokens
  "reservation.idReview": { guest: "none", resident: "none", staff: "building", manager: "building" },
  // early check-in / late check-out (issue 17): the guest (or the host, the front desk) asks; the unit's host,
  // staff or a manager decides
  "reservation.timeRequest": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "reservation.timeDecision": { guest: "none", resident: "own", staff: "building", manager: "building" },
  // turnovers (cleaning between stays) and the guest message timeline (issue 17): the front desk and managers
  "turnover.read": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "turnover.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "guestMessage.read": { guest: "own", resident: "none", staff: "building", manager: "building" },
  "guestMessage.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  // amenities and the package room (issue 18): residents and guests in house book; staff see the schedule
  "amenity.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "amenity.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "amenityBooking.create": { guest: "own", resident: "own", staff: "none", manager: "none" },
  "amenityBooking.read": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "amenityBooking.cancel": { guest: "own", resident: "own", staff: "building", manager: "building" },
  "package.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "package.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "doorGroup.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "doorGroup.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  // access passes (issue 18): residents issue and see their own; staff and managers any of the building's
  "pass.create": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "pass.read": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "pass.revoke": { guest: "none", resident: "own", staff: "building", manager: "building" },
  "pass.approve": { guest: "none", resident: "none", staff: "building", manager: "building" },
  // condo fees: managers run billing and record payments; a unit's holders read its own bills and ledger
  "billing.manage": { guest: "none", resident: "none", staff: "none", manager: "building" },
  "bill.read": { guest: "none", resident: "own", staff: "none", manager: "building" },
  // labour and materials on tickets: staff record them, managers too; the board's finance report: managers
  "ticketCost.manage": { guest: "none", resident: "none", staff: "building", manager: "building" },
  "report.finance": { guest: "none", resident: "none", staff: "none", manager: "building" },
  // paying a bill by card: the unit's own holders (a manager records payments instead)
  "bill.pay": { guest: "none", resident: "own", staff: "none", manager: "none" },
  // what a unit earned from short stays: its owners ("own" is checked against the unit's owners) and managers
  "ownerStatement.read": { guest: "none", resident: "own", staff: "none", manager: "building" },
  // every guest of a party, for the local authority (issue 17): the guest registers their own stay's party; the
  // front desk and managers read it and export the authority's file
  "guestRegistration.write": { guest: "own", resident: "none", staff: "none", manager: "none" },
  "guestRegistration.read": { guest: "own", resident: "none", staff: "building", manager: "building" },
  "guestRegistration.export": { guest: "none", resident: "none", staff: "building", manager: "building" },
} as const satisfies Record<string, Record<Role, Scope>>;

export type Capability = keyof typeof PERMISSIONS;

/**
 * API tokens act with the role they were issued with (staff or manager), minus these. A token is a long-lived
 * secret held by a machine, so it must not be able to outlive its revocation (mint people or more tokens) nor
 * stand in for the human decision an approval exists for. Kept here rather than in the token guard so that this
 * table stays the one place that decides; a row per role would not do, since a token has no role of its own.
 */
export const WITHHELD_FROM_TOKENS: ReadonlySet<Capability> = new Set<Capability>([
  "user.manage",
  "apiToken.manage",
  "mission.approve",
  "outbox.read",
  "reservation.idReview",
]);

/** Who is asking: the role, and the kind, because an API token holds less than a person with the same role. */
export type Grantee = Pick<Actor, "role" | "kind">;

export function scopeOf(who: Grantee, capability: Capability): Scope {
  if (who.kind === "token" && WITHHELD_FROM_TOKENS.has(capability)) return "none";
  return PERMISSIONS[capability][who.role];
}

export function can(who: Grantee, capability: Capability): boolean {
  return scopeOf(who, capability) !== "none";
}

/**
 * Throws unless the actor may use the capability on something in `buildingId`.
 * `owns` is asked only when the role's scope is "own"; pass it whenever the target has an owner.
 * Returns the scope so a list service can narrow its query.
 */
export function authorize(
  actor: Actor,
  capability: Capability,
  target?: { buildingId: string; owns?: (actor: Actor) => boolean },
): Scope {
  const scope = scopeOf(actor, capability);
  if (scope === "none") throw new AppError("forbidden", "You are not allowed to do that.");
  if (!target) return scope;
  // Another building's item is reported as not found, so its existence does not leak.
  if (target.buildingId !== actor.buildingId) throw new AppError("not_found", "That was not found.");
  if (scope === "own" && !(target.owns?.(actor) ?? false)) {
    throw new AppError("forbidden", "You are not allowed to do that.");
  }
  return scope;
}

/** True when the actor holds the unit (residents: their units; guests: the unit of their stay). */
export const ownsUnit = (unitId: string | null | undefined) => (actor: Actor) =>
  unitId != null && actor.unitIds.includes(unitId);
