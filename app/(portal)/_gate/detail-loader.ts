import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/roles";
import { pageActor } from "@/server/auth/page-guard";

/**
 * The item of a detail page, by the id in its path. A malformed id, and whatever the service says is not there
 * (unknown, another person's, another building's), is `notFound()`: a real 404, found out before the page's
 * loading state streams when a layout calls it first. Any other failure is thrown on to the error boundary.
 */
export async function readOr404<T>(id: string, read: (id: string) => Promise<T>): Promise<T> {
  if (!idSchema.safeParse(id).success) notFound();
  try {
    return await read(id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

/**
 * A detail page's loader, read once per request (layout, metadata and page share it): null when the viewer's
 * role may not see the page (the page renders <NotAllowed/>), else the item or a 404 as `readOr404` says.
 */
export function detailLoader<T>(roles: readonly Role[], read: (actor: Actor, id: string) => Promise<T>) {
  return cache(async (id: string): Promise<T | null> => {
    const { actor, allowed } = await pageActor(roles);
    if (!allowed) return null;
    return readOr404(id, (itemId) => read(actor, itemId));
  });
}
