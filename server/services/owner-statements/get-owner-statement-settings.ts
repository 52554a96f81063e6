import "server-only";
import type { OwnerStatementSettingsDTO } from "@/lib/domain/owner-statement";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { findOwnerStatementSettings } from "../../db/owner-statement-settings";
import { statementSettingsOf } from "./compute-owner-statement";

/** The building's management and channel commissions and cleaning fee (managers), or the defaults. */
export async function getOwnerStatementSettings(actor: Actor): Promise<OwnerStatementSettingsDTO> {
  authorize(actor, "billing.manage");
  const [settings, stored] = await Promise.all([
    statementSettingsOf(actor.buildingId),
    findOwnerStatementSettings({ buildingId: actor.buildingId }),
  ]);
  return { settings, updatedAt: stored?.updatedAt ?? null };
}
