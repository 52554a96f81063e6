import "server-only";
import { newId } from "@/lib/domain/ids";
import type { Mission, MissionStep } from "@/lib/domain/mission";
import type { TicketCategory, TicketPriority } from "@/lib/domain/ticket";
import type { Actor } from "@/lib/roles";
import { createNotification } from "../db/notifications";
import { listUsersByRole } from "../db/users";
import { openHandover } from "../services/handover/open-handover";
import { openTicket } from "../services/tickets/open-ticket";
import { devicePort } from "./device-port";

/** Runs one step as `actor`; the services it calls check that actor's rights again. Throws on failure. */
export async function executeStep(actor: Actor, mission: Mission, step: MissionStep): Promise<unknown> {
  const input = step.input;
  if (step.kind === "open_ticket") {
    const ticket = await openTicket(
      actor,
      {
        title: String(input.title),
        description: String(input.description ?? ""),
        category: input.category as TicketCategory,
        priority: (input.priority as TicketPriority) ?? "normal",
        unitId: (input.unitId as string | null) ?? null,
        photoKeys: [],
      },
      { missionId: mission.id },
    );
    return { ticketId: ticket.id, title: ticket.title };
  }
  if (step.kind === "device_command") {
    const out = await devicePort()(actor, {
      deviceId: String(input.deviceId),
      action: String(input.action),
      params: (input.params as Record<string, unknown>) ?? {},
    });
    if (out.status !== "acknowledged") {
      // a refusal says why (e.g. device control switched off), so the requester and staff see the reason
      const why = out.status === "rejected" && out.reason ? `: ${out.reason}` : "";
      throw new StepFailure(`The device did not carry out the command (${out.status}${why}).`);
    }
    return { commandId: out.commandId ?? null, status: out.status };
  }
  if (step.kind === "notify") {
    if (step.input.handover === true && mission.conversationId) {
      const h = await openHandover(actor, {
        conversationId: mission.conversationId,
        reason: String(step.input.reason ?? ""),
        urgent: step.input.urgent === true,
        source: "asked",
      });
      return { ...(await notifyStaff(mission, step, `/staff/handovers/${h.id}`)), handoverId: h.id };
    }
    return notifyStaff(mission, step);
  }
  throw new StepFailure(`Steps of kind ${step.kind} cannot be executed.`);
}

/** A failure whose message is safe to show (others are recorded as a generic message). */
export class StepFailure extends Error {}

async function notifyStaff(mission: Mission, step: MissionStep, href = `/staff/missions/${mission.id}`) {
  const staff = await listUsersByRole({ buildingId: mission.buildingId, role: "staff", limit: 50 });
  const now = new Date().toISOString();
  const people = staff.items.filter((u) => u.status === "active");
  await Promise.all(
    people.map((u) =>
      createNotification({
        notification: {
          id: newId(),
          buildingId: mission.buildingId,
          userId: u.id,
          kind: "mission",
          title: `Request: ${mission.goal}`.slice(0, 200),
          body: String(step.input.reason ?? mission.goal).slice(0, 2000),
          href,
          readAt: null,
          createdAt: now,
        },
      }),
    ),
  );
  return { notified: people.length };
}
