import "server-only";
import type { CreateDoorGroupInput } from "@/lib/domain/door-group";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { replaceDoorGroup } from "../../db/door-groups";
import { recordAudit } from "../audit/audit";
import { requireLocks } from "./door-locks";

/**
 * A manager renames a zone, changes its locks or whether stay codes open it. Grants read a group's doors when
 * they put a code on (a booking, a pass window, a stay), so codes already on a lock stay until their own end.
 */
export async function updateDoorGroup(
  actor: Actor,
  groupId: string,
  input: CreateDoorGroupInput,
  now = new Date(),
) {
  authorize(actor, "doorGroup.manage");
  const deviceIds = [...new Set(input.deviceIds)];
  await requireLocks(actor.buildingId, deviceIds, "deviceIds");
  const group = await replaceDoorGroup({
    buildingId: actor.buildingId,
    groupId,
    name: input.name,
    deviceIds,
    forStays: input.forStays === true,
    updatedAt: now.toISOString(),
  });
  await recordAudit(actor, "door_group.update", { type: "door_group", id: group.id }, "success", {
    name: group.name,
  });
  return { doorGroup: group };
}
