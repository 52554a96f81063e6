"use server";

import { revalidatePath } from "next/cache";
import { idSchema } from "@/lib/domain/common";
import { pickupPackageInputSchema } from "@/lib/domain/package";
import { pickUpPackage } from "../services/packages/pick-up-package";
import { action } from "./action";

/** The desk records a pickup (PIN checked when given). */
export const pickUpPackageAction = action(
  pickupPackageInputSchema.extend({ id: idSchema }),
  async ({ id, ...input }, actor) => {
    const { package: pkg } = await pickUpPackage(actor, id, input);
    revalidatePath("/staff/packages");
    return { id: pkg.id, status: pkg.status };
  },
);
export type PickUpPackageAction = typeof pickUpPackageAction;
