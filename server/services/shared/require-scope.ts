import "server-only";
import { AppError } from "@/lib/errors";
import { type Capability, scopeOf } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";

/** For building-wide views (staff today, manager dashboard): the role must hold the capability for the whole building. */
export function requireBuildingScope(actor: Actor, ...capabilities: Capability[]): void {
  for (const c of capabilities) {
    if (scopeOf(actor, c) !== "building") throw new AppError("forbidden", "You are not allowed to see this.");
  }
}
