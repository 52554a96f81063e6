import "server-only";
import { newId } from "@/lib/domain/ids";
import type { Unit } from "@/lib/domain/unit";
import {
  UNIT_CSV_COLUMNS,
  type UnitCsvColumn,
  type UnitImportError,
  type UnitImportInput,
  unitCsvFieldSchema,
} from "@/lib/domain/unit-import";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { createUnits, DuplicateUnitNumbers, findUnitNumberHolders } from "../../db/units";
import { recordAudit } from "../audit/audit";

export type UnitImportResult = { rows: number; imported: number; errors: UnitImportError[] };

/**
 * Checks every row of a unit CSV (fields, numbers repeated in the file, numbers the building already has) and,
 * unless `dryRun`, imports them all. Nothing is written while any row has an error; the write itself is
 * conditional on each number being free, so a number taken meanwhile still refuses the whole import.
 */
export async function importUnits(
  actor: Actor,
  input: UnitImportInput,
  opts: { dryRun?: boolean } = {},
): Promise<UnitImportResult> {
  authorize(actor, "unit.manage");
  const building = await getBuilding({ buildingId: actor.buildingId });
  const schema = unitCsvFieldSchema(building.currency);
  const errors: UnitImportError[] = [];
  const parsed: { row: number; unit: Unit }[] = [];
  const firstRowOf = new Map<string, number>();
  const now = new Date().toISOString();

  input.rows.forEach((cells, i) => {
    const row = i + 1;
    const result = schema.safeParse(cells);
    if (!result.success) {
      for (const issue of result.error.issues)
        errors.push({ row, field: columnOf(issue.path[0]), code: "invalid", message: issue.message });
      return;
    }
    const { nightlyRate, ...rest } = result.data;
    const key = rest.number.toUpperCase();
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      errors.push({
        row,
        field: "number",
        code: "repeated",
        otherRow: first,
        message: `Unit ${rest.number} is already in row ${first}`,
      });
      return;
    }
    firstRowOf.set(key, row);
    parsed.push({
      row,
      unit: {
        ...rest,
        nightlyRateMinor: nightlyRate,
        id: newId(),
        buildingId: actor.buildingId,
        ownerIds: [],
        residentIds: [],
        createdAt: now,
        updatedAt: now,
      },
    });
  });

  const taken = await findUnitNumberHolders({
    buildingId: actor.buildingId,
    numbers: parsed.map((p) => p.unit.number),
  });
  for (const p of parsed) {
    if (taken.has(p.unit.number)) {
      errors.push({
        row: p.row,
        field: "number",
        code: "exists",
        message: `Unit ${p.unit.number} already exists in this building`,
      });
    }
  }
  errors.sort((a, b) => a.row - b.row);
  const result = { rows: input.rows.length, imported: 0, errors };
  if (errors.length || opts.dryRun) return result;

  try {
    await createUnits({ units: parsed.map((p) => p.unit) });
  } catch (e) {
    if (!(e instanceof DuplicateUnitNumbers)) throw e;
    const rowOf = new Map(parsed.map((p) => [p.unit.number, p.row]));
    return {
      ...result,
      errors: e.numbers.map((n) => ({
        row: rowOf.get(n) ?? 0,
        field: "number" as const,
        code: "exists" as const,
        message: `Unit ${n} already exists in this building`,
      })),
    };
  }
  await recordAudit(actor, "unit.import", { type: "building", id: actor.buildingId }, "success", {
    count: parsed.length,
    numbers: parsed.slice(0, 50).map((p) => p.unit.number),
  });
  return { ...result, imported: parsed.length };
}

function columnOf(key: PropertyKey | undefined): UnitCsvColumn | "row" {
  return (UNIT_CSV_COLUMNS as readonly PropertyKey[]).includes(key as PropertyKey)
    ? (key as UnitCsvColumn)
    : "row";
}
