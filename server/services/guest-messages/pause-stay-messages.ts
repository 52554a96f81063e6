import "server-only";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { setStayMessagingPaused } from "../../db/stay-messages";
import { recordAudit } from "../audit/audit";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { getStayTimeline } from "./get-stay-timeline";
import { stayMessagingOf } from "./reply-address";
import { syncStayMessages } from "./schedule-stay-messages";

/**
 * Staff pause a stay's automatic messages (nothing scheduled is sent; replies still thread) or resume them: the
 * unsent ones are scheduled again at their times, and one whose time passed more than six hours ago is skipped
 * rather than sent late. Sent messages are untouched.
 */
export async function pauseStayMessages(actor: Actor, reservationId: string, paused: boolean) {
  authorize(actor, "guestMessage.manage");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "guestMessage.manage", { buildingId: r.buildingId });
  if (["cancelled", "no_show"].includes(r.status))
    throw new AppError("conflict", "This stay is cancelled: it has no messages to pause or resume.");
  const state = await setStayMessagingPaused(await stayMessagingOf(r), paused);
  await syncStayMessages(r, await getBuilding({ buildingId: r.buildingId }), { state });
  await recordAudit(
    actor,
    paused ? "guestMessage.pause" : "guestMessage.resume",
    { type: "reservation", id: r.id },
    "success",
  );
  return getStayTimeline(actor, r.id);
}
