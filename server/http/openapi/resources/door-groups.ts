import "server-only";
import { z } from "zod";
import {
  createDoorGroupInputSchema,
  doorGroupIdParamsSchema,
  doorGroupSchema,
} from "@/lib/domain/door-group";
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
  updateDoorGroup: {
    method: "put",
    path: "/api/v1/door-groups/{id}",
    tag,
    summary: "Edit a door group",
    description:
      "Managers. Name, `deviceIds` (locks of the building, 422 naming the others) and `forStays` (omitted or false: stay codes do not open it). Codes already on a lock stay until their own end; new grants use the new doors.",
    capability: "doorGroup.manage",
    params: doorGroupIdParamsSchema,
    body: createDoorGroupInputSchema,
    responses: { 200: { description: "Saved", schema: z.object({ doorGroup: doorGroupSchema }) } },
    errors: [404],
  },
});
