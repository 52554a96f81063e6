import "server-only";
import type { PackageDTO, PackageStatus } from "@/lib/domain/package";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listPackagesByStatus, listPackagesByUnit } from "../../db/packages";
import { toPackageDTO } from "./package-dto";

export type PackageListQuery = { status?: PackageStatus; limit?: number; cursor?: string };

/**
 * Residents: their units' parcels, newest first (the first page of each unit; a resident holds a few units).
 * Staff and managers: the building's parcels of one status, waiting ones oldest first (the ageing shelf),
 * picked-up ones newest first.
 */
export async function listPackages(
  actor: Actor,
  query: PackageListQuery,
): Promise<{ items: PackageDTO[]; cursor: string | null }> {
  const scope = authorize(actor, "package.read");
  if (scope === "own") {
    const pages = await Promise.all(
      actor.unitIds.map((unitId) =>
        listPackagesByUnit({ buildingId: actor.buildingId, unitId, limit: query.limit }),
      ),
    );
    const items = pages
      .flatMap((p) => p.items)
      .sort((a, b) => b.id.localeCompare(a.id))
      .slice(0, query.limit ?? 50);
    return { items: await Promise.all(items.map((p) => toPackageDTO(p, actor))), cursor: null };
  }
  const status = query.status ?? "waiting";
  const p = await listPackagesByStatus({
    buildingId: actor.buildingId,
    status,
    ascending: status === "waiting",
    limit: query.limit,
    cursor: query.cursor,
  });
  return { items: await Promise.all(p.items.map((x) => toPackageDTO(x, actor))), cursor: p.cursor };
}
