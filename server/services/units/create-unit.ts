import "server-only";
import { newId } from "@/lib/domain/ids";
import type { CreateUnitInput, Unit, UnitDTO } from "@/lib/domain/unit";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createUnits, DuplicateUnitNumbers } from "../../db/units";
import { recordAudit } from "../audit/audit";
import { checkRentableRate, duplicateNumberError } from "./unit-rules";

/** A manager adds a unit to their building; a number the building already has is refused by the database (409). */
export async function createUnit(actor: Actor, input: CreateUnitInput): Promise<UnitDTO> {
  authorize(actor, "unit.manage");
  checkRentableRate(input);
  const now = new Date().toISOString();
  const unit: Unit = {
    ...input,
    id: newId(),
    buildingId: actor.buildingId,
    ownerIds: [],
    residentIds: [],
    createdAt: now,
    updatedAt: now,
  };
  try {
    await createUnits({ units: [unit] });
  } catch (e) {
    if (e instanceof DuplicateUnitNumbers) throw duplicateNumberError(e);
    throw e;
  }
  await recordAudit(actor, "unit.create", { type: "unit", id: unit.id }, "success", {
    after: { number: unit.number, floor: unit.floor, type: unit.type, rentable: unit.rentable },
  });
  return unit;
}
