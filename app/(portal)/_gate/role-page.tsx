import type { ReactNode } from "react";
import { NotAllowed } from "@/components/portal/not-allowed";
import type { Actor, Role } from "@/lib/roles";
import { pageActor } from "@/server/auth/page-guard";

/**
 * A page or layout only `roles` may see: signs the visitor in (redirect), renders <NotAllowed/> for another role,
 * and otherwise renders with the actor. Each page keeps its own check although its role layout checks too: a
 * layout is not rendered again when the client navigates between pages below it.
 */
export function rolePage<P extends object = object>(
  roles: readonly Role[],
  render: (actor: Actor, props: P) => ReactNode | Promise<ReactNode>,
) {
  return async function gated(props: P) {
    const { actor, allowed } = await pageActor(roles);
    if (!allowed) return <NotAllowed role={actor.role} />;
    return render(actor, props);
  };
}
