import "server-only";
import { isRetired } from "@/lib/domain/device";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listAllDevices, listDevicesByUnit } from "../../db/devices";
import { listDoorGroups } from "../../db/door-groups";
import { queryEvery } from "../shared/query-every";

export type PassDoorOptions = {
  groups: { id: string; name: string }[];
  doors: { id: string; name: string }[];
};

/**
 * What the pass form offers: the building's door groups, and the locks the actor may put in a pass (staff: every
 * lock of the building's common areas and units; a resident: common-area locks and their own units'). Bounded by
 * the building's size (tens of groups, a few hundred locks).
 */
export async function listPassDoorOptions(actor: Actor): Promise<PassDoorOptions> {
  const scope = authorize(actor, "pass.create");
  const unitIds: (string | null)[] = [null, ...actor.unitIds];
  const [groups, byUnit] = await Promise.all([
    listDoorGroups({ buildingId: actor.buildingId }),
    scope === "building"
      ? listAllDevices({ buildingId: actor.buildingId }).then((all) => all.filter((d) => d.type === "lock"))
      : Promise.all(
          unitIds.map((unitId) =>
            queryEvery((p) =>
              listDevicesByUnit({ buildingId: actor.buildingId, unitId, type: "lock", ...p }),
            ),
          ),
        ).then((pages) => pages.flat()),
  ]);
  return {
    groups: groups.map((g) => ({ id: g.id, name: g.name })),
    doors: byUnit
      .filter((d) => !isRetired(d))
      .map((d) => ({ id: d.id, name: d.name }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
