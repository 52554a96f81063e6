import { rolePage } from "@/app/(portal)/_gate/role-page";
import { TicketPage, type TicketPageProps, ticketMetadata } from "@/app/(portal)/_tickets/ticket-page";

export const generateMetadata = (props: TicketPageProps) => ticketMetadata(["staff", "manager"], props);

/** A ticket as staff and managers work it: everything the opener sees, plus assignment, status and due time. */
export default rolePage(
  ["staff", "manager"],
  async function StaffTicketPage(actor, { params }: TicketPageProps) {
    return <TicketPage actor={actor} id={(await params).id} backHref="/staff/tickets" team />;
  },
);
