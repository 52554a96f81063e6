"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { idSchema } from "@/lib/domain/common";
import { revokePass } from "../services/passes/revoke-pass";
import { action } from "./action";

/** Revokes a pass (its issuer, or staff). */
export const revokePassAction = action(
  z.object({ id: idSchema }),
  async function revokePassNow({ id }, actor) {
    const { pass } = await revokePass(actor, id);
    revalidatePath("/", "layout");
    return { id: pass.id, status: pass.status };
  },
);
