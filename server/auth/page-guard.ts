import "server-only";
import { redirect } from "next/navigation";
import type { Actor, Role } from "@/lib/roles";
import { currentActor } from "./actor";

/**
 * For pages and layouts: the signed-in actor, or a redirect to sign in. `allowed` tells whether the role may
 * see the page; the caller renders <NotAllowed/> when it may not (a page, not an exception).
 */
export async function pageActor(roles?: readonly Role[]): Promise<{ actor: Actor; allowed: boolean }> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return { actor, allowed: !roles || roles.includes(actor.role) };
}
