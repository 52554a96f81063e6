"use server";

import { createUnitInputSchema } from "@/lib/domain/unit";
import { createUnit } from "../services/units/create-unit";
import { action } from "./action";

/** A manager adds a unit (the number must be free in the building). */
export const createUnitAction = action(
  createUnitInputSchema,
  async function addUnit(input, actor) {
    const unit = await createUnit(actor, input);
    return { id: unit.id };
  },
  { capability: "unit.manage" },
);
