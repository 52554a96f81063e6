import "server-only";
import type { ApiOperation } from "./registry";
import { buildingOperations } from "./resources/building";
import { healthOperations } from "./resources/health";
import { meOperations } from "./resources/me";
import { openApiOperations } from "./resources/openapi";
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
];
