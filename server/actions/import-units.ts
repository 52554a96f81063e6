"use server";

import { unitImportInputSchema } from "@/lib/domain/unit-import";
import * as units from "../services/units/import-units";
import { action } from "./action";

/** Imports a unit CSV: every row is checked again, and nothing is written unless all are valid. */
export const importUnitsAction = action(
  unitImportInputSchema,
  async function importUnits(input, actor) {
    return units.importUnits(actor, input);
  },
  { capability: "unit.manage" },
);
