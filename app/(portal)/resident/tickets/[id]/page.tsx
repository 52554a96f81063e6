import { ticketDetailPage } from "@/app/(portal)/_tickets/ticket-page";

/** The resident's own ticket. */
const page = ticketDetailPage({ roles: ["resident"], backHref: "/resident/tickets", team: false });
export const generateMetadata = page.generateMetadata;
export default page.Page;
