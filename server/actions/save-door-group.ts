"use server";

import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { createDoorGroupInputSchema } from "@/lib/domain/door-group";
import { defineDoorGroup } from "../services/door-groups/create-door-group";
import { updateDoorGroup } from "../services/door-groups/update-door-group";
import { action } from "./action";

const saveDoorGroupSchema = z.object({ id: idSchema.optional(), group: createDoorGroupInputSchema });

/** The manager's door group form: a new zone without `id`, an edit with it; the services check again. */
export const saveDoorGroupAction = action(
  saveDoorGroupSchema,
  async function saveDoorGroup({ id, group }, actor) {
    return id ? updateDoorGroup(actor, id, group) : defineDoorGroup(actor, group);
  },
  { capability: "doorGroup.manage" },
);
