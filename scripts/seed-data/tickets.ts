import type { ActorRef } from "@/lib/domain/common";
import type { Ticket, TicketEvent, TicketStatus } from "@/lib/domain/ticket";
import { unitId } from "./buildings";
import type { Rng } from "./random";
import { ticketHistory } from "./records";

type Step = {
  after: number;
  kind: TicketEvent["kind"];
  by: "opener" | "staff";
  to?: TicketStatus;
  comment?: string;
};
type Plan = Pick<Ticket, "title" | "description" | "category" | "priority"> & {
  unit: string | null;
  opener: string;
  daysAgo: number;
  steps: Step[];
};

const start: Step = { after: 2, kind: "status_changed", by: "staff", to: "in_progress" };
const TICKETS: Plan[] = [
  {
    title: "Kitchen tap drips all night",
    description: "The cold tap in the kitchen keeps dripping even when fully closed.",
    category: "plumbing",
    priority: "normal",
    unit: "101",
    opener: "resident",
    daysAgo: 1,
    steps: [],
  },
  {
    title: "Hallway light flickering on floor 2",
    description: "The ceiling light near the lift on the second floor flickers constantly.",
    category: "electrical",
    priority: "low",
    unit: null,
    opener: "resident2",
    daysAgo: 3,
    steps: [
      { after: 5, kind: "comment", by: "staff", comment: "Thanks, we will replace the ballast this week." },
    ],
  },
  {
    title: "No hot water in the shower",
    description: "Since this morning only cold water comes out of the shower.",
    category: "plumbing",
    priority: "urgent",
    unit: "102",
    opener: "resident2",
    daysAgo: 2,
    steps: [
      start,
      { after: 4, kind: "comment", by: "staff", comment: "Plumber is on the way, ETA 30 minutes." },
    ],
  },
  {
    title: "Heating makes a loud banging noise",
    description: "Radiator in the bedroom bangs every time the heating turns on.",
    category: "heating_cooling",
    priority: "high",
    unit: "101",
    opener: "resident",
    daysAgo: 6,
    steps: [
      start,
      {
        after: 30,
        kind: "status_changed",
        by: "staff",
        to: "waiting",
        comment: "Waiting for a replacement valve from the supplier.",
      },
    ],
  },
  {
    title: "Garage gate opens slowly",
    description: "The garage gate takes almost a minute to open.",
    category: "access",
    priority: "normal",
    unit: null,
    opener: "staff",
    daysAgo: 10,
    steps: [
      start,
      {
        after: 48,
        kind: "status_changed",
        by: "staff",
        to: "resolved",
        comment: "Motor lubricated and limit switch adjusted.",
      },
    ],
  },
  {
    title: "Dishwasher does not drain",
    description: "Water stays at the bottom of the dishwasher after every cycle.",
    category: "appliance",
    priority: "normal",
    unit: "102",
    opener: "resident2",
    daysAgo: 18,
    steps: [
      start,
      { after: 26, kind: "status_changed", by: "staff", to: "resolved", comment: "Filter cleaned." },
      { after: 72, kind: "status_changed", by: "staff", to: "closed" },
    ],
  },
  {
    title: "Wi-Fi in the lobby is down",
    description: "Guests cannot connect to the lobby network.",
    category: "internet",
    priority: "high",
    unit: null,
    opener: "staff",
    daysAgo: 0,
    steps: [],
  },
  {
    title: "Noise from the unit above after midnight",
    description: "Loud music several nights this week after quiet hours.",
    category: "noise",
    priority: "low",
    unit: "101",
    opener: "resident",
    daysAgo: 12,
    steps: [
      {
        after: 3,
        kind: "comment",
        by: "staff",
        comment: "We spoke with the neighbours and reminded them of quiet hours.",
      },
      { after: 4, kind: "status_changed", by: "staff", to: "closed" },
    ],
  },
];

/** Tickets in every status, each with its history (created, comments, status changes) at plausible times. */
export function demoTickets(buildingId: string, slug: string, r: Rng, now: Date) {
  const people: Record<string, ActorRef> = {
    resident: {
      kind: "user",
      id: `usr_${slug}_resident`,
      name: slug === "harbor" ? "Riley Chen" : "Taylor Brooks",
    },
    resident2:
      slug === "harbor"
        ? { kind: "user", id: "usr_harbor_resident2", name: "Jordan Blake" }
        : { kind: "user", id: "usr_summit_res201", name: "Jamie Ortiz" },
    staff:
      slug === "harbor"
        ? { kind: "user", id: "usr_harbor_staff", name: "Sam Patel" }
        : { kind: "user", id: "usr_summit_staff", name: "Drew Ellis" },
  };
  const units: Record<string, string> = { "101": "101", "102": slug === "harbor" ? "102" : "201" };
  return TICKETS.map((p, i) => {
    const opened = new Date(now.getTime() - p.daysAgo * 86_400_000 - (i + 1) * 3_600_000);
    const id = r.ulid(opened);
    const opener = people[p.opener];
    const staff = people.staff;
    const { events, add: ev } = ticketHistory(r, id, buildingId);
    ev(opened, "created", opener, null, "open", null);
    let status: TicketStatus = "open";
    let t = opened.getTime();
    let resolvedAt: string | null = null;
    for (const s of p.steps) {
      t = Math.min(t + s.after * 3_600_000, now.getTime() - 60_000);
      const actor = s.by === "staff" ? staff : opener;
      if (s.kind === "status_changed" && s.to) {
        ev(new Date(t), "status_changed", actor, status, s.to, s.comment ?? null);
        status = s.to;
        if (s.to === "resolved") resolvedAt = new Date(t).toISOString();
      } else {
        ev(new Date(t), s.kind, actor, null, null, s.comment ?? null);
      }
    }
    const ticket: Ticket = {
      id,
      buildingId,
      unitId: p.unit ? unitId(slug, units[p.unit] ?? p.unit) : null,
      openedBy: opener,
      missionId: null,
      reservationId: null,
      title: p.title,
      description: p.description,
      category: p.category,
      priority: p.priority,
      status,
      assigneeId: status === "open" ? null : staff.id,
      photoKeys: [],
      createdAt: opened.toISOString(),
      updatedAt: events[events.length - 1].at,
      resolvedAt,
    };
    return { ticket, events };
  });
}
