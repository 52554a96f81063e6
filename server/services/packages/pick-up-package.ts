import "server-only";
import { type Package, type PackageDTO, type PickupPackageInput, sameName } from "@/lib/domain/package";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getPackage, recordPackagePickup } from "../../db/packages";
import { recordAudit } from "../audit/audit";
import { toPackageDTO } from "./package-dto";
import { verifiedPackageUpload } from "./package-uploads";

/**
 * Staff record that a parcel left the package room: who took it, when, and how it was checked: the recipient's
 * PIN (must match), a signature drawn at the desk (a verified upload), the person a resident named (their name
 * must match), or a name alone. When a resident named someone, a name alone must be theirs or the recipient's
 * (422 otherwise: ask for the PIN or a signature). Only once: a second pickup of the same parcel is a 409.
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
  const allowed = pkg.allowedPickup && sameName(input.pickedUpBy, pkg.allowedPickup.name);
  if (input.pin === undefined && !input.signatureKey && pkg.allowedPickup && !allowed) {
    if (!sameName(input.pickedUpBy, pkg.recipientName)) {
      await recordAudit(actor, "package.pickup", { type: "package", id: pkg.id }, "denied", {
        reason: "name",
      });
      throw new AppError("validation", `Only ${pkg.allowedPickup.name} was named to pick it up.`, {
        fields: { pickedUpBy: [`not the person named: ${pkg.allowedPickup.name}`] },
      });
    }
  }
  const signatureKey = input.signatureKey
    ? await verifiedPackageUpload(actor, input.signatureKey, "package_signature", "signatureKey")
    : null;
  const method: Package["pickupMethod"] =
    input.pin !== undefined ? "pin" : signatureKey ? "signature" : allowed ? "allowed" : "name";
  const done: Package = {
    ...pkg,
    status: "picked_up",
    pickedUpAt: now.toISOString(),
    pickedUpBy: input.pickedUpBy,
    pickupMethod: method,
    pickupRecordedBy: { id: actor.id, name: actor.name ?? "Staff" },
    signatureKey,
  };
  await recordPackagePickup({ pkg: done });
  await recordAudit(actor, "package.pickup", { type: "package", id: pkg.id }, "success", { method });
  return { package: await toPackageDTO(done, actor) };
}
