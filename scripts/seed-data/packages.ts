import type { Package } from "@/lib/domain/package";
import { AppError } from "@/lib/errors";
import { createPackage } from "@/server/db/packages";
import type { DemoBuildingSpec } from "./buildings";
import { unitId } from "./buildings";

/**
 * Harbor View's package room: two parcels waiting for the demo resident of unit 101 (one five days old, so
 * ageing shows), one for the whole of unit 102, and one already picked up. Fixed ids and PINs, for docs and tests.
 */
export function demoPackages(spec: DemoBuildingSpec, now: Date): Package[] {
  if (spec.slug !== "harbor") return [];
  const ago = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
  const desk = { id: `usr_${spec.slug}_staff`, name: "Sam Patel" };
  const base = {
    buildingId: spec.id,
    status: "waiting" as const,
    loggedBy: desk,
    pickedUpAt: null,
    pickedUpBy: null,
    pickupMethod: null,
    pickupRecordedBy: null,
  };
  const u101 = unitId(spec.slug, "101");
  return [
    {
      ...base,
      id: `pkg_${spec.slug}_1`,
      unitId: u101,
      recipientId: `usr_${spec.slug}_resident`,
      recipientName: "Riley Chen",
      carrier: "UPS",
      trackingNumber: "1Z999AA10123456784",
      shelf: "A1",
      pickupPin: "482913",
      loggedAt: ago(5),
    },
    {
      ...base,
      id: `pkg_${spec.slug}_2`,
      unitId: u101,
      recipientId: `usr_${spec.slug}_resident`,
      recipientName: "Riley Chen",
      carrier: "Amazon",
      trackingNumber: null,
      shelf: "B3",
      pickupPin: "105527",
      loggedAt: ago(0),
    },
    {
      ...base,
      id: `pkg_${spec.slug}_3`,
      unitId: unitId(spec.slug, "102"),
      recipientId: null,
      recipientName: "Unit 102",
      carrier: "DHL",
      trackingNumber: "JD014600006281234567",
      shelf: "C2",
      pickupPin: "730164",
      loggedAt: ago(2),
    },
    {
      ...base,
      id: `pkg_${spec.slug}_4`,
      unitId: u101,
      recipientId: `usr_${spec.slug}_resident`,
      recipientName: "Riley Chen",
      carrier: "FedEx",
      trackingNumber: "7489 2377 1022",
      shelf: null,
      pickupPin: "299310",
      loggedAt: ago(9),
      status: "picked_up",
      pickedUpAt: ago(8),
      pickedUpBy: "Riley Chen",
      pickupMethod: "pin",
      pickupRecordedBy: desk,
    },
  ];
}

export async function seedPackages(spec: DemoBuildingSpec, now: Date): Promise<void> {
  for (const pkg of demoPackages(spec, now)) {
    await createPackage({ pkg }).catch((e) => {
      if (!(e instanceof AppError && e.code === "conflict")) throw e;
    });
  }
}
