import "server-only";
import type { ApiOperation } from "./registry";
import { apiTokenOperations } from "./resources/api-tokens";
import { auditOperations } from "./resources/audit";
import { billingOperations } from "./resources/billing";
import { buildingOperations } from "./resources/building";
import { checkinOperations } from "./resources/checkin";
import { deviceOperations } from "./resources/devices";
import { healthOperations } from "./resources/health";
import { knowledgeOperations } from "./resources/knowledge";
import { meOperations } from "./resources/me";
import { missionOperations } from "./resources/missions";
import { openApiOperations } from "./resources/openapi";
import { outboxOperations } from "./resources/outbox";
import { peopleOperations } from "./resources/people";
import { reservationOperations } from "./resources/reservations";
import { ticketOperations } from "./resources/tickets";
import { unitAdminOperations } from "./resources/unit-admin";
import { unitCalendarOperations } from "./resources/unit-calendar";
import { unitOperations } from "./resources/units";

/**
 * Every documented operation, one resource file each. A route under app/api/v1 without an entry here fails
 * server/http/openapi/openapi.test.ts, which walks the folder.
 */
export const API_OPERATIONS: ApiOperation[] = [
  ...meOperations,
  ...buildingOperations,
  ...unitOperations,
  ...healthOperations,
  ...openApiOperations,
  ...reservationOperations,
  ...unitCalendarOperations,
  ...checkinOperations,
  ...outboxOperations,
  ...ticketOperations,
  ...unitAdminOperations,
  ...peopleOperations,
  ...apiTokenOperations,
  ...auditOperations,
  ...knowledgeOperations,
  ...missionOperations,
  ...deviceOperations,
  ...billingOperations,
];
