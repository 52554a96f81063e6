import "server-only";
import type { Package, PackageStatus } from "@/lib/domain/package";
import { AppError, notFound } from "@/lib/errors";
import { getRecord, toItem } from "./item";
import { keys, partitions } from "./keys";
import { type PageRequest, queryPage } from "./query";
import { updateRecord } from "./update";
import { TransactionRefused, transactWrite, tx } from "./write";

type B = { buildingId: string };

/** Every key attribute of a parcel, from the record: by unit (gsi1, newest first) and by status (gsi2, oldest first). */
export const packageItem = (p: Package) =>
  toItem(
    p,
    keys.package(p.buildingId, p.id),
    keys.packageByUnit(p.buildingId, p.unitId, p.id),
    keys.packageByStatus(p.buildingId, p.status, p.id),
  );

export async function createPackage({ pkg }: { pkg: Package }): Promise<Package> {
  try {
    await transactWrite([tx.put(packageItem(pkg), "attribute_not_exists(pk)")]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length)
      throw new AppError("conflict", "That parcel was already logged.");
    throw e;
  }
  return pkg;
}

export async function findPackage({ buildingId, packageId }: B & { packageId: string }) {
  return (await getRecord<Package>(keys.package(buildingId, packageId))) ?? null;
}

export async function getPackage(input: B & { packageId: string }): Promise<Package> {
  const p = await findPackage(input);
  if (!p) throw notFound("Package");
  return p;
}

/** Records the pickup: the whole item is rewritten (its status index moves) only while it still waits. */
export async function recordPackagePickup({ pkg }: { pkg: Package }): Promise<Package> {
  try {
    await transactWrite([
      tx.put(packageItem(pkg), "#st = :waiting", {
        ExpressionAttributeNames: { "#st": "status" },
        ExpressionAttributeValues: { ":waiting": "waiting" },
      }),
    ]);
  } catch (e) {
    if (e instanceof TransactionRefused && e.failedConditions.length)
      throw new AppError("conflict", "That parcel was already picked up.");
    throw e;
  }
  return pkg;
}

export async function listPackagesByUnit({
  buildingId,
  unitId,
  ...page
}: B & { unitId: string } & PageRequest) {
  return queryPage<Package>({
    index: "gsi1",
    pk: partitions.packagesByUnit(buildingId, unitId),
    ascending: false,
    ...page,
  });
}

export async function listPackagesByStatus({
  buildingId,
  status,
  ascending = true,
  ...page
}: B & { status: PackageStatus; ascending?: boolean } & PageRequest) {
  return queryPage<Package>({
    index: "gsi2",
    pk: partitions.packagesByStatus(buildingId, status),
    ascending,
    ...page,
  });
}

/** Sets (or clears) who else may pick a parcel up, only while it waits (409 once picked up). No key moves. */
export async function setAllowedPickup({
  buildingId,
  packageId,
  allowedPickup,
}: B & { packageId: string; allowedPickup: Package["allowedPickup"] }): Promise<Package> {
  return updateRecord<Package>({
    key: keys.package(buildingId, packageId),
    set: { allowedPickup },
    what: "Package",
    condition: {
      expression: "#st = :waiting",
      names: { "#st": "status" },
      values: { ":waiting": "waiting" },
    },
    conflictMessage: "That parcel was already picked up.",
  });
}
