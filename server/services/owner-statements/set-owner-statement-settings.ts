import "server-only";
import type { OwnerStatementSettings, OwnerStatementSettingsDTO } from "@/lib/domain/owner-statement";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { putOwnerStatementSettings } from "../../db/owner-statement-settings";
import { recordAudit } from "../audit/audit";

/**
 * Sets what the building charges owners of short-stay units: its management commission, each channel's
 * commission and the cleaning fee (managers; input validated by `ownerStatementSettingsSchema`). Statements are
 * computed when read, so every month read afterwards uses the new settings.
 */
export async function setOwnerStatementSettings(
  actor: Actor,
  settings: OwnerStatementSettings,
): Promise<OwnerStatementSettingsDTO> {
  authorize(actor, "billing.manage");
  const updatedAt = new Date().toISOString();
  await putOwnerStatementSettings({
    settings: { ...settings, buildingId: actor.buildingId, updatedAt, updatedBy: actor.id },
  });
  await recordAudit(
    actor,
    "ownerStatement.settings.update",
    { type: "building", id: actor.buildingId },
    "success",
    { managementCommissionBps: settings.managementCommissionBps },
  );
  return { settings, updatedAt };
}
