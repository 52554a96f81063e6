import type { ActorRef } from "@/lib/domain/common";
import { TICKET_CATEGORIES, TICKET_PRIORITIES, type Ticket, type TicketStatus } from "@/lib/domain/ticket";
import type { Unit } from "@/lib/domain/unit";
import { ticketEventItem, ticketItem } from "@/server/db/tickets";
import type { Rng } from "../seed-data/random";
import { ticketHistory } from "../seed-data/records";
import { personName } from "./building";

const DAY = 86_400_000;
const HISTORY_DAYS = 730;
const PATH: TicketStatus[] = ["open", "in_progress", "waiting", "resolved", "closed"];
const TITLES: Record<string, string[]> = {
  plumbing: ["Leaking tap", "Blocked drain", "No hot water"],
  electrical: ["Socket not working", "Light flickering"],
  heating_cooling: ["Radiator cold", "AC not cooling"],
  appliance: ["Dishwasher not draining", "Oven will not heat"],
  access: ["Key fob not working", "Door closes slowly"],
  cleaning: ["Stain in the hallway", "Bins overflowing"],
  noise: ["Noise after midnight"],
  security: ["Camera offline", "Gate left open"],
  internet: ["Wi-Fi drops", "No connection"],
  other: ["Question about parking", "Mailbox damaged"],
};

/** Where a ticket opened `ageDays` ago stands today: recent ones are open or being worked on, old ones closed. */
function finalStatus(r: Rng, ageDays: number): TicketStatus {
  const x = r.next();
  if (ageDays < 3) return x < 0.5 ? "open" : x < 0.8 ? "in_progress" : x < 0.9 ? "waiting" : "resolved";
  if (ageDays < 14)
    return x < 0.15
      ? "open"
      : x < 0.4
        ? "in_progress"
        : x < 0.6
          ? "waiting"
          : x < 0.85
            ? "resolved"
            : "closed";
  return x < 0.97 ? "closed" : x < 0.99 ? "resolved" : "waiting";
}

/**
 * `total` tickets over the last two years in every status (most closed), each with the history events the app
 * writes on the way (created, then one status change per step). Yields the ticket as `updateTicket` leaves it
 * (status on gsi2) and its events.
 */
export function* scaleTicketItems(opts: {
  buildingId: string;
  units: Unit[];
  total: number;
  now: Date;
  r: Rng;
}): Generator<Record<string, unknown>> {
  const { buildingId, units, total, now, r } = opts;
  const staff: ActorRef = { kind: "user", id: "usr_scale_staff", name: personName(1000) };
  for (let n = 0; n < total; n++) {
    const ageDays = r.next() * HISTORY_DAYS;
    const opened = new Date(now.getTime() - ageDays * DAY);
    const id = r.ulid(opened);
    const k = r.chance(0.8) && units.length > 0 ? r.int(0, units.length - 1) : -1;
    const unit = k >= 0 ? units[k] : null;
    const opener: ActorRef = unit ? { kind: "user", id: unit.residentIds[0], name: personName(k) } : staff;
    const category = r.pick(TICKET_CATEGORIES);
    const target = finalStatus(r, ageDays);
    const { events, add: event } = ticketHistory(r, id, buildingId);
    let t = opened.getTime();
    event(t, "created", opener, null, "open");
    let status: TicketStatus = "open";
    let resolvedAt: string | null = null;
    for (const next of PATH.slice(1, PATH.indexOf(target) + 1)) {
      if (next === "waiting" && target !== "waiting" && r.chance(0.7)) continue;
      t = Math.min(t + r.int(1, 48) * 3_600_000, now.getTime() - 60_000);
      event(t, "status_changed", staff, status, next);
      status = next;
      if (next === "resolved") resolvedAt = new Date(t).toISOString();
    }
    const ticket: Ticket = {
      id,
      buildingId,
      unitId: unit?.id ?? null,
      openedBy: opener,
      missionId: null,
      reservationId: null,
      title: r.pick(TITLES[category]),
      description: "Reported through the portal.",
      category,
      priority: r.pick(TICKET_PRIORITIES),
      status,
      assigneeId: status === "open" ? null : staff.id,
      photoKeys: [],
      createdAt: opened.toISOString(),
      updatedAt: events[events.length - 1].at,
      resolvedAt,
    };
    yield ticketItem(ticket);
    for (const e of events) yield ticketEventItem(e);
  }
}
