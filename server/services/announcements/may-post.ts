import "server-only";
import { forbidden } from "@/lib/errors";
import { can } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { featureEnabled } from "../building/require-feature";

/** Managers post announcements; staff too where the building switched `features.staffAnnouncements` on. */
export async function mayPostAnnouncements(actor: Actor): Promise<boolean> {
  if (!can(actor, "announcement.post")) return false;
  if (actor.role === "manager") return true;
  return actor.role === "staff" && (await featureEnabled(actor.buildingId, "staffAnnouncements"));
}

export async function requirePoster(actor: Actor): Promise<void> {
  if (!(await mayPostAnnouncements(actor))) throw forbidden("Only managers may post announcements here.");
}
