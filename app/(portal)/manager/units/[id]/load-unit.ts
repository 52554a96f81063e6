import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getUnitForManager } from "@/server/services/units/get-unit-for-manager";

/**
 * The unit of the page, read once per request (layout and page). A malformed id, an unknown unit or another
 * building's unit is `notFound()`; null when the viewer is not a manager (the manager layout says so).
 */
export const loadUnit = cache(async (id: string) => {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return null;
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getUnitForManager(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});
