import { ticketDetailPage } from "@/app/(portal)/_tickets/ticket-page";

/** A ticket as staff and managers work it: everything the opener sees, plus assignment, status and due time. */
const page = ticketDetailPage({ roles: ["staff", "manager"], backHref: "/staff/tickets", team: true });
export const generateMetadata = page.generateMetadata;
export default page.Page;
