import type { TicketDetail } from "@/lib/domain/ticket-dto";

/**
 * What changes when anything visible on a ticket's page changes: status, assignee, priority, photos and the
 * history's length and last entry. The page renders it; the poller compares the API's answer with it.
 */
export function ticketSignature({ ticket, history }: Pick<TicketDetail, "ticket" | "history">): string {
  return [
    ticket.status,
    ticket.assigneeId ?? "-",
    ticket.priority,
    ticket.category,
    ticket.photoKeys.length,
    history.length,
    history.at(-1)?.id ?? "-",
  ].join("|");
}
