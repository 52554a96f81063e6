"use server";

import { idSchema } from "@/lib/domain/common";
import { allowPickupInputSchema } from "@/lib/domain/package";
import { allowPackagePickup } from "../services/packages/allow-package-pickup";
import { action } from "./action";

/** A resident names who else may pick a parcel up (or clears it); the service checks the unit again. */
export const allowPackagePickupAction = action(
  allowPickupInputSchema.extend({ id: idSchema }),
  async function allowPickup({ id, ...input }, actor) {
    const { package: pkg } = await allowPackagePickup(actor, id, input);
    return { id: pkg.id, allowedPickup: pkg.allowedPickup ?? null };
  },
  { capability: "package.read" },
);
