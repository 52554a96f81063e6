import "server-only";
import { toTicketCostDto } from "@/lib/domain/charges";
import type { Actor } from "@/lib/roles";
import { listTicketCosts as listTicketCostsDb } from "../../db/ticket-costs";
import { loadTicketFor } from "../tickets/ticket-access";

/** A ticket's labour and materials, oldest first, with their total (staff and managers). */
export async function listTicketCosts(actor: Actor, ticketId: string) {
  const ticket = await loadTicketFor(actor, ticketId, "ticketCost.manage");
  const costs = await listTicketCostsDb({ buildingId: ticket.buildingId, ticketId: ticket.id });
  return {
    costs: costs.map(toTicketCostDto),
    totalMinor: costs.reduce((sum, c) => sum + c.amountMinor, 0),
  };
}
