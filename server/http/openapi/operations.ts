import "server-only";
import type { ApiOperation } from "./registry";
import { buildingOperations } from "./resources/building";
import { checkinOperations } from "./resources/checkin";
import { deviceOperations } from "./resources/devices";
import { healthOperations } from "./resources/health";
import { meOperations } from "./resources/me";
import { openApiOperations } from "./resources/openapi";
import { outboxOperations } from "./resources/outbox";
import { reservationOperations } from "./resources/reservations";
import { ticketOperations } from "./resources/tickets";
import { unitCalendarOperations } from "./resources/unit-calendar";
import { unitOperations } from "./resources/units";
import { userOperations } from "./resources/users";

/**
 * Every documented operation, one resource file each. A route under app/api/v1 without an entry here fails
 * server/http/openapi/openapi.test.ts, which walks the folder.
 */
export const API_OPERATIONS: ApiOperation[] = [
  ...meOperations,
  ...buildingOperations,
  ...unitOperations,
  ...userOperations,
  ...healthOperations,
  ...openApiOperations,
  ...reservationOperations,
  ...unitCalendarOperations,
  ...checkinOperations,
  ...outboxOperations,
  ...ticketOperations,
  ...deviceOperations,
];
