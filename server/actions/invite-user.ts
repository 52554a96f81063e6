"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { inviteUserInputSchema } from "@/lib/domain/people";
import { inviteUser } from "../services/people/invite-user";
import { formAction } from "./action";

/** The invite form: one optional unit from a select (empty = none), mapped to the API's `unitIds`. */
const schema = inviteUserInputSchema.omit({ unitIds: true }).extend({
  name: z.preprocess((v) => (v === "" ? undefined : v), inviteUserInputSchema.shape.name),
  unitId: z.preprocess((v) => (v === "" ? undefined : v), idSchema.optional()),
});

export const inviteUserAction = formAction(
  schema,
  async function inviteFromForm({ unitId, ...input }, actor) {
    const user = await inviteUser(actor, { ...input, unitIds: unitId ? [unitId] : [] });
    revalidatePath("/manager/people");
    return { id: user.id, email: user.email };
  },
  { capability: "user.manage" },
);
