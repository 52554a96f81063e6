"use server";

import { revalidatePath } from "next/cache";
import { logPackageInputSchema } from "@/lib/domain/package";
import { logPackage } from "../services/packages/log-package";
import { action } from "./action";

/** The desk logs an arriving parcel (the service checks the role and the recipient). */
export const logPackageAction = action(logPackageInputSchema, async (input, actor) => {
  const { package: pkg } = await logPackage(actor, {
    ...input,
    recipientId: input.recipientId || undefined,
  });
  revalidatePath("/staff/packages");
  return { id: pkg.id };
});
