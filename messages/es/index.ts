import audit from "./audit.json";
import auth from "./auth.json";
import chat from "./chat.json";
import checkin from "./checkin.json";
import dashboard from "./dashboard.json";
import devices from "./devices.json";
import email from "./email.json";
import filters from "./filters.json";
import invite from "./invite.json";
import knowledge from "./knowledge.json";
import language from "./language.json";
import logout from "./logout.json";
import manager from "./manager.json";
import meta from "./meta.json";
import missions from "./missions.json";
import nav from "./nav.json";
import notAllowed from "./notAllowed.json";
import notFound from "./notFound.json";
import offline from "./offline.json";
import outbox from "./outbox.json";
import people from "./people.json";
import persona from "./persona.json";
import registry from "./registry.json";
import reservationStatus from "./reservationStatus.json";
import reservations from "./reservations.json";
import resident from "./resident.json";
import roles from "./roles.json";
import settings from "./settings.json";
import shell from "./shell.json";
import staff from "./staff.json";
import stays from "./stays.json";
import ticketCategory from "./ticketCategory.json";
import ticketPriority from "./ticketPriority.json";
import ticketStatus from "./ticketStatus.json";
import tickets from "./tickets.json";
import tokens from "./tokens.json";
import unitStatus from "./unitStatus.json";
import units from "./units.json";

/** The es catalog: one JSON file per namespace (feature), so features add their words without touching each other's. */
export default {
  missions,
  chat,
  devices,
  auth,
  knowledge,
  language,
  logout,
  manager,
  meta,
  nav,
  offline,
  email,
  filters,
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
  persona,
  settings,
  units,
  registry,
  people,
  invite,
  tokens,
  audit,
  dashboard,
};
