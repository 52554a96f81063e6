import "server-only";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { saveCheckinStep } from "../../db/checkin-progress";
import { completeIfReady, requireGuestStay } from "./checkin-stay";
import { type CheckinView, getCheckin } from "./get-checkin";
import { getGuestDocuments } from "./house-rules";

/**
 * Step 3: the guest accepts the house rules they were shown. The version they send must be the current one,
 * so a change to the rules in between is read before it is accepted; the accepted version is recorded.
 */
export async function acceptHouseRules(actor: Actor, input: { version: string }): Promise<CheckinView> {
  const r = await requireGuestStay(actor);
  const { rules } = await getGuestDocuments(await getBuilding({ buildingId: r.buildingId }));
  if (input.version !== rules.version) {
    throw new AppError(
      "conflict",
      "The house rules changed since you opened them. Read them again, then accept.",
    );
  }
  const saved = await saveCheckinStep({
    buildingId: r.buildingId,
    reservationId: r.id,
    step: { progress: { rulesAcceptedAt: new Date().toISOString(), rulesVersion: rules.version } },
  });
  await completeIfReady(actor, saved);
  return getCheckin(actor);
}
