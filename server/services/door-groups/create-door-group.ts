import "server-only";
import type { CreateDoorGroupInput, DoorGroup } from "@/lib/domain/door-group";
import { newId } from "@/lib/domain/ids";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { createDoorGroup } from "../../db/door-groups";
import { recordAudit } from "../audit/audit";
import { requireLocks } from "./door-locks";

/** A manager groups locks of the building into a zone. */
export async function defineDoorGroup(actor: Actor, input: CreateDoorGroupInput, now = new Date()) {
  authorize(actor, "doorGroup.manage");
  await requireLocks(actor.buildingId, input.deviceIds, "deviceIds");
  const at = now.toISOString();
  const group: DoorGroup = {
    id: newId(now.getTime()),
    buildingId: actor.buildingId,
    name: input.name,
    deviceIds: [...new Set(input.deviceIds)],
    ...(input.forStays ? { forStays: true } : {}),
    createdAt: at,
    updatedAt: at,
  };
  await createDoorGroup({ group });
  await recordAudit(actor, "door_group.create", { type: "door_group", id: group.id }, "success", {
    name: group.name,
  });
  return { doorGroup: group };
}
