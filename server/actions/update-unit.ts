"use server";

import { idSchema } from "@/lib/domain/common";
import { updateUnitInputSchema } from "@/lib/domain/unit";
import { updateUnit } from "../services/units/update-unit";
import { action } from "./action";

/** A manager edits a unit: details, status, rentable and rate, or its residents. */
export const updateUnitAction = action(
  updateUnitInputSchema.extend({ unitId: idSchema }),
  async function editUnit({ unitId, ...patch }, actor) {
    const unit = await updateUnit(actor, unitId, patch);
    return { id: unit.id, status: unit.status, updatedAt: unit.updatedAt };
  },
  { capability: "unit.manage" },
);
