import "server-only";
import { z } from "zod";
import { createDoorGroupInputSchema, doorGroupSchema } from "@/lib/domain/door-group";
import { defineOperations } from "../registry";

const tag = "Devices";

export const doorGroupOperations = defineOperations({
  getDoorGroups: {
    method: "get",
    path: "/api/v1/door-groups",
    tag,
    summary: "The building's door groups",
    description:
      "Zones of locks (lobby, garage, gym) that amenity bookings and passes are granted by, by name.",
    capability: "doorGroup.read",
    responses: { 200: { description: "Every group", schema: z.object({ items: z.array(doorGroupSchema) }) } },
  },
  createDoorGroup: {
    method: "post",
    path: "/api/v1/door-groups",
    tag,
    summary: "Define a door group",
    description: "Managers. `deviceIds` must be locks of the building (422 naming the others).",
    capability: "doorGroup.manage",
    body: createDoorGroupInputSchema,
    responses: { 201: { description: "Created", schema: z.object({ doorGroup: doorGroupSchema }) } },
  },
});
