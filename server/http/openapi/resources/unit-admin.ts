import "server-only";
import { z } from "zod";
import { idParamsSchema } from "@/lib/domain/reservation-api";
import { createUnitInputSchema, unitSchema, updateUnitInputSchema } from "@/lib/domain/unit";
import { defineOperations } from "../registry";

const unitResponse = z.object({ unit: unitSchema });

/** Managers add and edit units (the list is in ./units). */
export const unitAdminOperations = defineOperations({
  createUnit: {
    method: "post",
    path: "/api/v1/units",
    tag: "Units",
    summary: "Add a unit",
    description:
      "Managers. The number is unique in the building (case-insensitive), enforced by a conditional write: a number another unit holds is a 409 naming `number`. A rentable unit needs `nightlyRateMinor` (the building currency's minor unit, e.g. cents).",
    capability: "unit.manage",
    body: createUnitInputSchema,
    responses: { 201: { description: "The new unit", schema: unitResponse } },
    errors: [409],
  },
  updateUnit: {
    method: "patch",
    path: "/api/v1/units/{id}",
    tag: "Units",
    summary: "Edit a unit: details, status, rentable and rate, residents",
    description:
      "Managers. `status` blocks the unit or puts it in maintenance; `residentIds` must be residents of the building, and each one's own unit list follows. A new number must be free (409). Another building's unit is not found. Audited with before and after.",
    capability: "unit.manage",
    params: idParamsSchema,
    body: updateUnitInputSchema,
    responses: { 200: { description: "The unit after the change", schema: unitResponse } },
    errors: [409],
  },
});
