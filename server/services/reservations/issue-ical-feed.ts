import "server-only";
import { AppError, notFound } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { config } from "../../config";
import { getBuilding } from "../../db/buildings";
import { replaceIcalFeed } from "../../db/ical-feeds";
import { hashToken, newSecretToken } from "../../db/token-hash";
import { findUnit } from "../../db/units";
import { recordAudit } from "../audit/audit";

export const icalFeedUrl = (unitId: string, token: string) =>
  new URL(`/api/v1/units/${unitId}/calendar.ics?token=${token}`, config().APP_URL).toString();

/**
 * A manager (re)issues a unit's iCal feed URL for a channel manager. The secret is per unit, 256 random bits,
 * stored as its hash; the URL is returned once and the previous one stops working.
 */
export async function issueIcalFeed(
  actor: Actor,
  unitId: string,
  now = new Date(),
): Promise<{ url: string }> {
  authorize(actor, "unit.manage");
  const unit = await findUnit({ buildingId: actor.buildingId, unitId });
  if (!unit) throw notFound("Unit");
  authorize(actor, "unit.manage", { buildingId: unit.buildingId });
  const building = await getBuilding({ buildingId: actor.buildingId });
  if (!building.config.features.icalExport)
    throw new AppError("forbidden", "iCal export is switched off for this building.");
  const token = newSecretToken();
  await replaceIcalFeed({
    feed: {
      buildingId: unit.buildingId,
      unitId,
      tokenHash: hashToken(token),
      createdAt: now.toISOString(),
      createdBy: actor.id,
    },
  });
  await recordAudit(actor, "unit.icalFeed.issue", { type: "unit", id: unitId }, "success");
  return { url: icalFeedUrl(unitId, token) };
}
