import "server-only";
import { type ToolSet, tool } from "ai";
import { z } from "zod";
import { listReservationsQuerySchema } from "@/lib/domain/reservation-api";
import { TICKET_CATEGORIES, TICKET_PRIORITIES } from "@/lib/domain/ticket";
import { listTicketsQuerySchema } from "@/lib/domain/ticket-dto";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { bookingTools } from "../agents/booking-tools";
import { startMission } from "../agents/director";
import type { MissionRequest } from "../agents/mission-plan";
import { logger } from "../logger";
import { listVisibleDevices } from "../services/devices/list-device-options";
import { openHandover } from "../services/handover/open-handover";
import { listReservations } from "../services/reservations/list-reservations";
import { listTickets } from "../services/tickets/list-tickets";
import { guestDoorCode } from "./door-code";
import { resolveUnit } from "./resolve-unit";
import { TOOL } from "./tool-names";
import { type ToolOutcome, untrustedList } from "./tool-results";

/**
 * The concierge's tools, built for one actor: each can do only what that person may, whatever the model,
 * the user or a retrieved passage asks for. Units are resolved among the actor's own (staff: the building's);
 * anything else is a refusal result and nothing runs. The services called re-check role and building.
 */
export type ToolContext = { conversationId: string | null; onMission?: (missionId: string) => void };

export function conciergeTools(actor: Actor, ctx: ToolContext): ToolSet {
  const guarded = async (name: string, run: () => Promise<ToolOutcome>): Promise<ToolOutcome> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof AppError && (e.code === "forbidden" || e.code === "not_found")) {
        logger.warn("concierge tool refused", { tool: name, actorId: actor.id, reason: e.message });
        return { status: "refused", reason: e.message };
      }
      logger.error("concierge tool failed", { tool: name, actorId: actor.id, error: String(e) });
      return { status: "error" };
    }
  };
  const mission = async (req: MissionRequest): Promise<ToolOutcome> => {
    const m = await startMission(actor, req, { conversationId: ctx.conversationId });
    ctx.onMission?.(m.id);
    const failed = m.steps.find((s) => s.status === "failed");
    return {
      status: "mission",
      missionId: m.id,
      missionStatus: m.status,
      failedReason: failed?.error ?? null,
    };
  };
  const tools: ToolSet = {};
  const isGuest = actor.role === "guest";
  const isStaff = actor.role === "staff" || actor.role === "manager";

  if (can(actor, "ticket.create")) {
    tools[TOOL.openMaintenance] = tool({
      description:
        "Open a maintenance request (a mission that opens a ticket and tells staff) for something broken, leaking or not working in the user's own home or a common area.",
      inputSchema: z.object({
        title: z.string().trim().min(3).max(140),
        description: z.string().trim().max(2000).default(""),
        category: z.enum(TICKET_CATEGORIES).default("other"),
        priority: z.enum(TICKET_PRIORITIES).default("normal"),
        unit: z.string().max(40).optional().describe("Unit number; omit for the user's own home"),
        commonArea: z.boolean().default(false),
      }),
      execute: (input) =>
        guarded(TOOL.openMaintenance, async () => {
          const unitId = input.commonArea
            ? null
            : isGuest
              ? null
              : ((await resolveUnit(actor, input.unit))?.id ?? null);
          return mission({ kind: "maintenance", ...input, unitId });
        }),
    });
  }
  if (!isGuest && can(actor, "device.command")) {
    tools[TOOL.doorAccess] = tool({
      description:
        "Ask for a door to be unlocked for a visitor (e.g. a plumber) in the user's own unit. Staff approve it before anything happens.",
      inputSchema: z.object({
        unit: z.string().max(40).optional().describe("Unit number; omit for the user's own home"),
        visitor: z.string().trim().min(1).max(80).default("visitor"),
        at: z.string().max(40).optional().describe("When, e.g. 15:00"),
      }),
      execute: (input) =>
        guarded(TOOL.doorAccess, async () => {
          const unit = await resolveUnit(actor, input.unit);
          if (!unit) return { status: "refused", reason: "No such unit of yours." };
          const [lock] = await listVisibleDevices(actor, { unitId: unit.id, type: "lock" });
          if (!lock) return { status: "error" };
          return mission({
            kind: "door_access",
            unitId: unit.id,
            deviceId: lock.id,
            unitNumber: unit.number,
            doorName: lock.name,
            visitor: input.visitor,
            at: input.at ?? null,
          });
        }),
    });
  }
  if (!isStaff) {
    tools[TOOL.handOver] = tool({
      description: "Hand the conversation to the building's staff when you cannot help or it is urgent.",
      inputSchema: z.object({
        reason: z.string().trim().min(1).max(500),
        urgent: z.boolean().default(false),
      }),
      execute: (input) => guarded(TOOL.handOver, () => mission({ kind: "hand_over", ...input })),
    });
  }
  if (!isStaff && ctx.conversationId) {
    const conversationId = ctx.conversationId;
    tools[TOOL.passToStaff] = tool({
      description:
        "When the building's documents do not answer the person's question and no other tool helps, pass the question to the staff inbox with this conversation; staff answer in this chat. Then say so.",
      inputSchema: z.object({ question: z.string().trim().min(1).max(500) }),
      execute: (input) =>
        guarded(TOOL.passToStaff, async () => {
          const h = await openHandover(actor, {
            conversationId,
            reason: input.question,
            urgent: false,
            source: "unanswered",
          });
          return { status: "passed_to_staff", handoverId: h.id };
        }),
    });
  }
  if (isGuest) {
    tools[TOOL.doorCode] = tool({
      description: "The guest's own door code, only during their stay.",
      inputSchema: z.object({}),
      execute: () => guarded(TOOL.doorCode, () => guestDoorCode(actor)),
    });
  }
  tools[TOOL.tickets] = tool({
    description: "The tickets the user opened (staff: the building's open tickets).",
    inputSchema: z.object({}),
    execute: () =>
      guarded(TOOL.tickets, async () => {
        const q = listTicketsQuerySchema.parse(isStaff ? { status: "open", limit: 10 } : { limit: 10 });
        const page = await listTickets(actor, q);
        return untrustedList(page.items.map((t) => ({ title: t.title, status: t.status })));
      }),
  });
  if (can(actor, "reservation.read")) {
    tools[TOOL.stays] = tool({
      description: "The user's own stays (residents: stays of their units; guests: their stay).",
      inputSchema: z.object({}),
      execute: () =>
        guarded(TOOL.stays, async () => {
          const page = await listReservations(actor, listReservationsQuerySchema.parse({ limit: 10 }));
          return untrustedList(
            page.items.map((r) => ({
              guest: r.guest.name,
              checkIn: r.checkIn,
              checkOut: r.checkOut,
              status: r.status,
            })),
          );
        }),
    });
  }
  if (actor.role === "resident") {
    tools[TOOL.devices] = tool({
      description: "The devices in the resident's own units.",
      inputSchema: z.object({}),
      execute: () =>
        guarded(TOOL.devices, async () => {
          const devices = await listVisibleDevices(actor);
          return untrustedList(devices.map((d) => ({ name: d.name, type: d.type, online: d.online })));
        }),
    });
  }
  // booking and cancelling amenity slots and stays, within the person's rights (issue 21)
  Object.assign(tools, bookingTools(actor));
  return tools;
}
