import "server-only";
import type { AllowPickupInput, PackageDTO } from "@/lib/domain/package";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getPackage, setAllowedPickup } from "../../db/packages";
import { recordAudit } from "../audit/audit";
import { toPackageDTO } from "./package-dto";

/**
 * A resident of the parcel's unit names someone who may pick it up (a neighbour, a partner), or clears the name
 * (`null`). Staff see the name at the desk and check it at pickup. Only while the parcel waits (409 after).
 */
export async function allowPackagePickup(
  actor: Actor,
  packageId: string,
  input: AllowPickupInput,
  now = new Date(),
): Promise<{ package: PackageDTO }> {
  authorize(actor, "package.read");
  const pkg = await getPackage({ buildingId: actor.buildingId, packageId });
  if (actor.role !== "resident" || actor.kind !== "user" || !actor.unitIds.includes(pkg.unitId)) {
    throw new AppError("not_found", "Package not found.");
  }
  const updated = await setAllowedPickup({
    buildingId: pkg.buildingId,
    packageId: pkg.id,
    allowedPickup: input.name
      ? { name: input.name, setBy: { id: actor.id, name: actor.name ?? "" }, setAt: now.toISOString() }
      : null,
  });
  await recordAudit(actor, "package.allow_pickup", { type: "package", id: pkg.id }, "success", {
    cleared: input.name === null,
  });
  return { package: await toPackageDTO(updated, actor) };
}
