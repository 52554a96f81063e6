import "server-only";
import type { Package, PackageDTO } from "@/lib/domain/package";
import type { Actor } from "@/lib/roles";

/** The parcel as the caller may see it: the pickup PIN only for the unit's residents, and only while it waits. */
export function toPackageDTO(p: Package, actor: Actor): PackageDTO {
  const { pickupPin, ...rest } = p;
  const theirs = actor.role === "resident" && actor.unitIds.includes(p.unitId) && p.status === "waiting";
  return theirs ? { ...rest, pickupPin } : rest;
}
