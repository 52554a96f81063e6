import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getRegistryDevice } from "@/server/services/devices/list-device-registry";

/**
 * The registered device of the page, read once per request (layout and page). A malformed id, an unknown
 * device or another building's device is `notFound()`; null when the viewer is not a manager.
 */
export const loadRegistryDevice = cache(async (id: string) => {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return null;
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getRegistryDevice(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});
