import auth from "./auth.json";
import checkin from "./checkin.json";
import devices from "./devices.json";
import language from "./language.json";
import logout from "./logout.json";
import manager from "./manager.json";
import meta from "./meta.json";
import nav from "./nav.json";
import notAllowed from "./notAllowed.json";
import notFound from "./notFound.json";
import outbox from "./outbox.json";
import reservationStatus from "./reservationStatus.json";
import reservations from "./reservations.json";
import resident from "./resident.json";
import roles from "./roles.json";
import shell from "./shell.json";
import staff from "./staff.json";
import stays from "./stays.json";
import ticketCategory from "./ticketCategory.json";
import ticketPriority from "./ticketPriority.json";
import ticketStatus from "./ticketStatus.json";
import tickets from "./tickets.json";
import unitStatus from "./unitStatus.json";

/** The en catalog: one JSON file per namespace (feature), so features add their words without touching each other's. */
export default {
  devices,
  auth,
  language,
  logout,
  manager,
  meta,
  nav,
  notAllowed,
  notFound,
  checkin,
  outbox,
  reservations,
  reservationStatus,
  resident,
  roles,
  shell,
  staff,
  stays,
  ticketCategory,
  ticketPriority,
  tickets,
  ticketStatus,
  unitStatus,
};
