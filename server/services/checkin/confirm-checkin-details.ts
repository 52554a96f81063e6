import "server-only";
import type { ConfirmDetailsInput } from "@/lib/domain/checkin";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { saveCheckinStep } from "../../db/checkin-progress";
import { getUnit } from "../../db/units";
import { completeIfReady, requireGuestStay } from "./checkin-stay";
import { type CheckinView, getCheckin } from "./get-checkin";

/** Step 1: the guest confirms (or corrects) their name, email, phone and party size, within the unit's cap. */
export async function confirmCheckinDetails(actor: Actor, input: ConfirmDetailsInput): Promise<CheckinView> {
  const r = await requireGuestStay(actor);
  const [building, unit] = await Promise.all([
    getBuilding({ buildingId: r.buildingId }),
    getUnit({ buildingId: r.buildingId, unitId: r.unitId }),
  ]);
  const maxGuests = Math.min(unit.capacity, building.config.maxGuestsPerUnit);
  if (input.guestCount > maxGuests) {
    throw new AppError("validation", `At most ${maxGuests} guest(s) can stay in this unit.`, {
      fields: { guestCount: [`At most ${maxGuests} guest(s) can stay in this unit.`] },
    });
  }
  const saved = await saveCheckinStep({
    buildingId: r.buildingId,
    reservationId: r.id,
    step: {
      guest: input.guest,
      guestCount: input.guestCount,
      progress: { detailsConfirmedAt: new Date().toISOString() },
    },
  });
  await completeIfReady(actor, saved);
  return getCheckin(actor);
}
