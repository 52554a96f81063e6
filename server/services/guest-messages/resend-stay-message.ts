import "server-only";
import type { MessageMoment, StayMessage } from "@/lib/domain/guest-message";
import { AppError } from "@/lib/errors";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { getBuilding } from "../../db/buildings";
import { createStayMessageIfAbsent, findStayMessage, updateStayMessage } from "../../db/stay-messages";
import type { SmsTransport } from "../../sms/types";
import { recordAudit } from "../audit/audit";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { deliverClaimed } from "./deliver-stay-message";
import { getStayTimeline } from "./get-stay-timeline";
import { stayMessagingOf } from "./reply-address";
import { templatesOf } from "./templates";

/**
 * Staff send one moment's message now (again, or early, or one that failed or was skipped), from the current
 * templates. Claimed like the sweeper's sends (a conditional write on the message as read), so a resend racing
 * the sweeper or another resend sends once; the loser gets a 409. Works while paused: it is a person's decision.
 */
export async function resendStayMessage(
  actor: Actor,
  reservationId: string,
  moment: MessageMoment,
  opts: { sms?: SmsTransport; now?: Date } = {},
) {
  authorize(actor, "guestMessage.manage");
  const r = await loadVisibleReservation(actor, reservationId);
  authorize(actor, "guestMessage.manage", { buildingId: r.buildingId });
  if (["cancelled", "no_show"].includes(r.status))
    throw new AppError("conflict", "This stay is cancelled: its messages are not sent any more.");
  const now = opts.now ?? new Date();
  const [building, templates, state] = await Promise.all([
    getBuilding({ buildingId: r.buildingId }),
    templatesOf(r.buildingId),
    stayMessagingOf(r, now),
  ]);
  let current = await findStayMessage({ buildingId: r.buildingId, reservationId: r.id, moment });
  if (!current) {
    // a moment switched off, or over before the stay was booked: made now, to be sent at once
    const fresh: StayMessage = {
      buildingId: r.buildingId,
      reservationId: r.id,
      moment,
      status: "skipped",
      dueAt: now.toISOString(),
      subject: null,
      deliveries: [],
      resentBy: null,
      createdAt: now.toISOString(),
      updatedAt: now.toISOString(),
    };
    await createStayMessageIfAbsent(fresh);
    current = await findStayMessage({ buildingId: r.buildingId, reservationId: r.id, moment });
  }
  if (!current) throw new AppError("not_found", "That message was not found.");
  if (current.status === "sending") throw new AppError("conflict", "That message is being sent right now.");
  const claimed = await updateStayMessage({ current, set: { status: "sending", resentBy: actor.id } });
  const done = await deliverClaimed(claimed, r, building, templates, state, {
    now,
    sms: opts.sms,
  });
  await recordAudit(actor, "guestMessage.resend", { type: "reservation", id: r.id }, "success", {
    moment,
    status: done.status,
  });
  return getStayTimeline(actor, r.id);
}
