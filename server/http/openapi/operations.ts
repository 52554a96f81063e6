import "server-only";
import type { ApiOperation } from "./registry";
import { alarmOperations } from "./resources/alarms";
import { amenityOperations } from "./resources/amenities";
import { announcementOperations } from "./resources/announcements";
import { apiTokenOperations } from "./resources/api-tokens";
import { auditOperations } from "./resources/audit";
import { billingOperations } from "./resources/billing";
import { buildingOperations } from "./resources/building";
import { channelFeedOperations } from "./resources/channel-feeds";
import { checkinOperations } from "./resources/checkin";
import { deviceOperations } from "./resources/devices";
import { doorGroupOperations } from "./resources/door-groups";
import { guestMessageOperations } from "./resources/guest-messages";
import { guestRegistrationOperations } from "./resources/guest-registration";
import { handoverOperations } from "./resources/handovers";
import { healthOperations } from "./resources/health";
import { knowledgeOperations } from "./resources/knowledge";
import { meOperations } from "./resources/me";
import { missionOperations } from "./resources/missions";
import { openApiOperations } from "./resources/openapi";
import { outboxOperations } from "./resources/outbox";
import { packageOperations } from "./resources/packages";
import { passOperations } from "./resources/passes";
import { peopleOperations } from "./resources/people";
import { pushOperations } from "./resources/push";
import { reservationOperations } from "./resources/reservations";
import { stayOperations } from "./resources/stays";
import { ticketOperations } from "./resources/tickets";
import { turnoverOperations } from "./resources/turnovers";
import { unitAdminOperations } from "./resources/unit-admin";
import { unitCalendarOperations } from "./resources/unit-calendar";
import { unitOperations } from "./resources/units";
import { uploadOperations } from "./resources/uploads";

/**
 * Every operation, one resource file each. Each is the single definition of its route: the route file exports
 * `apiRoute(op, handler)`, and server/http/openapi/openapi.test.ts (which walks app/api) fails on a handler not
 * built from an operation listed here, and on an operation listed here that no route serves.
 */
export const API_OPERATIONS: ApiOperation[] = [
  ...Object.values(meOperations),
  ...Object.values(buildingOperations),
  ...Object.values(unitOperations),
  ...Object.values(healthOperations),
  ...Object.values(openApiOperations),
  ...Object.values(reservationOperations),
  ...Object.values(unitCalendarOperations),
  ...Object.values(checkinOperations),
  ...Object.values(outboxOperations),
  ...Object.values(ticketOperations),
  ...Object.values(uploadOperations),
  ...Object.values(unitAdminOperations),
  ...Object.values(peopleOperations),
  ...Object.values(apiTokenOperations),
  ...Object.values(auditOperations),
  ...Object.values(knowledgeOperations),
  ...Object.values(missionOperations),
  ...Object.values(handoverOperations),
  ...Object.values(deviceOperations),
  ...Object.values(alarmOperations),
  ...Object.values(pushOperations),
  ...Object.values(announcementOperations),
  ...Object.values(channelFeedOperations),
  ...Object.values(stayOperations),
  ...Object.values(turnoverOperations),
  ...Object.values(guestMessageOperations),
  ...Object.values(guestRegistrationOperations),
  ...Object.values(amenityOperations),
  ...Object.values(packageOperations),
  ...Object.values(doorGroupOperations),
  ...Object.values(passOperations),
  ...Object.values(billingOperations),
];
