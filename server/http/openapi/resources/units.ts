import "server-only";
import { pageQuerySchema } from "@/lib/domain/common";
import { unitSchema } from "@/lib/domain/unit";
import { defineOperations, pageOf } from "../registry";

const unitListItemSchema = unitSchema.pick({
  id: true,
  number: true,
  floor: true,
  capacity: true,
  rentable: true,
  status: true,
  type: true,
});

export const unitOperations = defineOperations({
  listUnits: {
    method: "get",
    path: "/api/v1/units",
    tag: "Units",
    summary: "Units by floor and number",
    description:
      "Staff, managers and tokens page through the building; residents and guests get their own units.",
    capability: "unit.read",
    query: pageQuerySchema,
    responses: { 200: { description: "A page of units", schema: pageOf(unitListItemSchema) } },
  },
});
