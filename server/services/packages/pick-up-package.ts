import "server-only";
import type { Package, PackageDTO, PickupPackageInput } from "@/lib/domain/package";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getPackage, recordPackagePickup } from "../../db/packages";
import { recordAudit } from "../audit/audit";
import { toPackageDTO } from "./package-dto";

/**
 * Staff record that a parcel left the package room: who took it, when, and how it was checked (the recipient's
 * PIN, which must match, or a name). Only once: a second pickup of the same parcel is a 409.
 */
export async function pickUpPackage(
  actor: Actor,
  packageId: string,
  input: PickupPackageInput,
  now = new Date(),
): Promise<{ package: PackageDTO }> {
  authorize(actor, "package.manage");
  const pkg = await getPackage({ buildingId: actor.buildingId, packageId });
  if (pkg.status !== "waiting") throw new AppError("conflict", "That parcel was already picked up.");
  if (input.pin !== undefined && input.pin !== pkg.pickupPin) {
    await recordAudit(actor, "package.pickup", { type: "package", id: pkg.id }, "denied", { reason: "pin" });
    throw new AppError("validation", "That pickup PIN does not match.", { fields: { pin: ["wrong PIN"] } });
  }
  const done: Package = {
    ...pkg,
    status: "picked_up",
    pickedUpAt: now.toISOString(),
    pickedUpBy: input.pickedUpBy,
    pickupMethod: input.pin !== undefined ? "pin" : "name",
    pickupRecordedBy: { id: actor.id, name: actor.name ?? "Staff" },
  };
  await recordPackagePickup({ pkg: done });
  await recordAudit(actor, "package.pickup", { type: "package", id: pkg.id }, "success", {
    method: done.pickupMethod,
  });
  return { package: toPackageDTO(done, actor) };
}
