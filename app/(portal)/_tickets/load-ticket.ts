import "server-only";
import { cache } from "react";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { pageActor } from "@/server/auth/page-guard";
import { getTicket } from "@/server/services/tickets/get-ticket";

/**
 * A ticket page's data, shared by the resident and staff detail pages and their metadata (read once per request).
 * A malformed id, another person's ticket or another building's is simply not found, as the service says.
 */
export const loadTicket = cache(async (id: string) => {
  const { actor } = await pageActor();
  return readOr404(id, (ticketId) => getTicket(actor, ticketId));
});
