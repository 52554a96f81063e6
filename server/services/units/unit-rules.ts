import "server-only";
import type { Unit } from "@/lib/domain/unit";
import { AppError } from "@/lib/errors";
import type { DuplicateUnitNumbers } from "../../db/units";

/** A unit let as short stays needs a price; checked on the unit as it will be stored (create, or merged edit). */
export function checkRentableRate(u: Pick<Unit, "rentable" | "nightlyRateMinor">) {
  if (u.rentable && u.nightlyRateMinor === null) {
    throw new AppError("validation", "A rentable unit needs a nightly rate.", {
      fields: { nightlyRateMinor: ["A rentable unit needs a nightly rate."] },
    });
  }
}

/** The database refused a number another unit holds: a 409 naming the field. */
export function duplicateNumberError(e: DuplicateUnitNumbers) {
  return new AppError("conflict", `Another unit already has the number ${e.numbers.join(", ")}.`, {
    fields: { number: ["Another unit already has this number."] },
    details: { numbers: e.numbers },
  });
}

/** The fields of a unit whose value changed, before and after: the audit trail's diff. */
export function diffOf<T extends object>(before: T, after: T, fields: (keyof T)[]) {
  const changed = fields.filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
  return {
    before: Object.fromEntries(changed.map((k) => [k, before[k]])),
    after: Object.fromEntries(changed.map((k) => [k, after[k]])),
  };
}
