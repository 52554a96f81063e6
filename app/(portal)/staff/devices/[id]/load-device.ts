import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getDevice } from "@/server/services/devices/get-device";

/**
 * Read once per request (layout, metadata and page); a malformed id, an unknown device or another building's
 * device is `notFound()`. Null when the viewer is neither staff nor a manager (the page says so).
 */
export const loadDevice = cache(async (id: string) => {
  const { actor, allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return null;
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getDevice(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});
