"use server";

import { unitImportInputSchema } from "@/lib/domain/unit-import";
import { importUnits } from "../services/units/import-units";
import { action } from "./action";

/** Checks a parsed unit CSV row by row without writing anything (the preview's errors). */
export const checkUnitImportAction = action(
  unitImportInputSchema,
  async function checkUnitImport(input, actor) {
    return importUnits(actor, input, { dryRun: true });
  },
  { capability: "unit.manage" },
);
