import "server-only";
import { z } from "zod";
import { buildingConfigResponseSchema, buildingSchema, patchBuildingBodySchema } from "@/lib/domain/building";
import { defineOperations } from "../registry";

const buildingResponseSchema = z.object({
  building: buildingSchema.extend({ config: buildingConfigResponseSchema }),
});

export const buildingOperations = defineOperations({
  getBuilding: {
    method: "get",
    path: "/api/v1/building",
    tag: "Building",
    summary: "The caller's building with its configuration",
    capability: "building.read",
    responses: { 200: { description: "The building", schema: buildingResponseSchema } },
  },
  updateBuildingConfig: {
    method: "patch",
    path: "/api/v1/building",
    tag: "Building",
    summary: "Change part of the building's configuration",
    description: "Sections are merged one level deep; the merged configuration is validated as a whole.",
    capability: "building.manage",
    body: patchBuildingBodySchema,
    responses: { 200: { description: "The building after the change", schema: buildingResponseSchema } },
  },
});
