import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getTicket } from "@/server/services/tickets/get-ticket";

/**
 * A ticket page's data, shared by the resident and staff detail pages and their metadata (read once per request).
 * A malformed id, another person's ticket or another building's is simply not found, as the service says.
 */
export const loadTicket = cache(async (id: string) => {
  const { actor } = await pageActor();
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await getTicket(actor, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
});
