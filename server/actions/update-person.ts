"use server";

import { revalidatePath } from "next/cache";
import { updatePersonActionSchema } from "@/lib/domain/people";
import { updatePerson } from "../services/people/update-person";
import { action } from "./action";

/** Role, units or status of one person (the service enforces building, self and last-manager rules). */
export const updatePersonAction = action(
  updatePersonActionSchema,
  async function updatePersonFromPage({ userId, ...patch }, actor) {
    const user = await updatePerson(actor, userId, patch);
    revalidatePath("/manager/people");
    return { status: user.status, role: user.role, unitIds: user.unitIds };
  },
  { capability: "user.manage" },
);
