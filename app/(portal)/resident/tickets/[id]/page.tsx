import { rolePage } from "@/app/(portal)/_gate/role-page";
import { TicketPage, type TicketPageProps, ticketMetadata } from "@/app/(portal)/_tickets/ticket-page";

export const generateMetadata = (props: TicketPageProps) => ticketMetadata(["resident"], props);

/** The resident's own ticket. */
export default rolePage(["resident"], async function ResidentTicketPage(actor, { params }: TicketPageProps) {
  return <TicketPage actor={actor} id={(await params).id} backHref="/resident/tickets" team={false} />;
});
