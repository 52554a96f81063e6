import { meOperations } from "@/server/http/openapi/resources/me";
import { apiRoute, json } from "@/server/http/route";

export const GET = apiRoute(meOperations.getMe, async ({ actor }) =>
  json({
    user: {
      id: actor.id,
      email: actor.email ?? null,
      name: actor.name ?? null,
      role: actor.role,
      buildingId: actor.buildingId,
      unitIds: actor.unitIds,
    },
  }),
);
