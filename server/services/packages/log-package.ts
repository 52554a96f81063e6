import "server-only";
import { randomInt } from "node:crypto";
import { newId } from "@/lib/domain/ids";
import type { LogPackageInput, Package, PackageDTO } from "@/lib/domain/package";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createPackage } from "../../db/packages";
import { getUnit } from "../../db/units";
import { recordAudit } from "../audit/audit";
import { getBuilding } from "../building/get-building";
import { notifyPackageWaiting } from "./notify-recipient";
import { toPackageDTO } from "./package-dto";
import { verifiedPackageUpload } from "./package-uploads";
import { getUsersOfUnit } from "./unit-residents";

/**
 * Staff log an arriving parcel for a unit, or for one resident of it, with its photo if they took one. The recipient (or, for a unit's parcel,
 * each of its residents) is told in the app and by email, with the PIN to show at pickup.
 */
export async function logPackage(
  actor: Actor,
  input: LogPackageInput,
  now = new Date(),
): Promise<{ package: PackageDTO }> {
  authorize(actor, "package.manage");
  const unit = await getUnit({ buildingId: actor.buildingId, unitId: input.unitId }).catch(() => {
    throw new AppError("validation", "No such unit in this building.", {
      fields: { unitId: ["unknown unit"] },
    });
  });
  const residents = await getUsersOfUnit(actor.buildingId, unit.id);
  const recipient = input.recipientId ? residents.find((u) => u.id === input.recipientId) : null;
  if (input.recipientId && !recipient) {
    throw new AppError("validation", "The recipient does not live in that unit.", {
      fields: { recipientId: ["not a resident of the unit"] },
    });
  }
  const photoKey = input.photoKey
    ? await verifiedPackageUpload(actor, input.photoKey, "package_photo", "photoKey")
    : null;
  const pkg: Package = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    unitId: unit.id,
    recipientId: recipient?.id ?? null,
    recipientName: recipient?.name ?? `Unit ${unit.number}`,
    carrier: input.carrier,
    trackingNumber: input.trackingNumber || null,
    shelf: input.shelf || null,
    status: "waiting",
    pickupPin: String(randomInt(0, 1_000_000)).padStart(6, "0"),
    loggedBy: { id: actor.id, name: actor.name ?? "Staff" },
    loggedAt: now.toISOString(),
    pickedUpAt: null,
    pickedUpBy: null,
    pickupMethod: null,
    pickupRecordedBy: null,
    photoKey,
    signatureKey: null,
    allowedPickup: null,
  };
  await createPackage({ pkg });
  await recordAudit(actor, "package.log", { type: "package", id: pkg.id }, "success", { unitId: unit.id });
  await notifyPackageWaiting(pkg, recipient ? [recipient] : residents, await getBuilding(actor), unit.number);
  return { package: await toPackageDTO(pkg, actor) };
}
