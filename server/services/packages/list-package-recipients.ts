import "server-only";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllUnits } from "../../db/units";
import { listUsersByRole } from "../../db/users";
import { queryEvery } from "../shared/query-every";

export type PackageRecipientOption = {
  id: string;
  number: string;
  residents: { id: string; name: string }[];
};

/** The desk's recipient picker: every unit with its active residents, by unit number. */
export async function listPackageRecipients(actor: Actor): Promise<PackageRecipientOption[]> {
  authorize(actor, "package.manage");
  const [units, residents] = await Promise.all([
    listAllUnits({ buildingId: actor.buildingId }),
    queryEvery((p) =>
      listUsersByRole({ buildingId: actor.buildingId, role: "resident", status: "active", ...p }),
    ),
  ]);
  return units
    .map((u) => ({
      id: u.id,
      number: u.number,
      residents: residents.filter((r) => r.unitIds.includes(u.id)).map((r) => ({ id: r.id, name: r.name })),
    }))
    .sort((a, b) => a.number.localeCompare(b.number, undefined, { numeric: true }));
}
