import "server-only";
import type { Ticket } from "@/lib/domain/ticket";
import { getBuilding } from "../../db/buildings";
import { listTicketPasses } from "../../db/passes";
import { logger } from "../../logger";
import type { MqttBridge } from "../../mqtt/bridge";
import { mqttBridge } from "../../mqtt/runtime";
import { queryEvery } from "../shared/query-every";
import { endPass } from "./end-pass";

/**
 * A ticket resolved or closed ends the vendor passes tied to it (revoked, reason `ticket_closed`). A consequence of
 * the ticket's change: a failure is logged, never undoes it (the pass still ends at its own end).
 */
export async function endTicketPasses(
  ticket: Pick<Ticket, "id" | "buildingId" | "status">,
  now = new Date(),
  bridge: MqttBridge | null = mqttBridge(),
): Promise<number> {
  if (ticket.status !== "resolved" && ticket.status !== "closed") return 0;
  try {
    const passes = await queryEvery((p) =>
      listTicketPasses({ buildingId: ticket.buildingId, ticketId: ticket.id, ...p }),
    );
    if (!passes.length) return 0;
    const building = await getBuilding({ buildingId: ticket.buildingId });
    for (const p of passes) await endPass(p, building, "ticket_closed", now, bridge);
    return passes.length;
  } catch (e) {
    logger.error("ticket passes not ended", { ticketId: ticket.id, error: String(e) });
    return 0;
  }
}
