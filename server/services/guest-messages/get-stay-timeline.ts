import "server-only";
import type { StayTimeline, TimelineEntry } from "@/lib/domain/guest-message";
import type { Reservation } from "@/lib/domain/reservation";
import { authorize } from "@/lib/permissions";
import type { Actor } from "@/lib/roles";
import { listStayMessageItems } from "../../db/stay-messages";
import { loadVisibleReservation } from "../reservations/reservation-access";
import { replyAddressOf } from "./reply-address";

const SHOWN_TO_GUEST = new Set(["sent"]);

/**
 * A stay's message timeline, oldest first: each moment's message (scheduled, paused, sending, sent, failed,
 * skipped, cancelled) at its due or last-sent time, and the guest's email replies. Staff and managers see all of
 * it; the guest of the stay sees what was sent to them and their own replies. Bounded by design (≤ 200 items).
 */
export async function getStayTimeline(
  actor: Actor,
  reservationId: string,
  /** the stay as the page's request already read it */
  known?: Reservation,
): Promise<StayTimeline> {
  authorize(actor, "guestMessage.read");
  const r = await loadVisibleReservation(actor, reservationId, known);
  authorize(actor, "guestMessage.read", {
    buildingId: r.buildingId,
    owns: (a) => a.role === "guest" && a.reservationId === r.id,
  });
  const { messages, replies, state } = await listStayMessageItems({
    buildingId: r.buildingId,
    reservationId: r.id,
  });
  const guest = actor.role === "guest";
  const entries: TimelineEntry[] = [
    ...messages
      .filter((m) => !guest || SHOWN_TO_GUEST.has(m.status))
      .map(({ buildingId: _b, reservationId: _r, resentBy: _by, createdAt: _c, ...m }) => ({
        kind: "outgoing" as const,
        ...m,
        at: m.deliveries.at(-1)?.at ?? m.dueAt,
      })),
    ...replies
      .filter((x) => !guest || x.fromGuest)
      .map(({ buildingId: _b, reservationId: _r, ...x }) => ({
        kind: "reply" as const,
        ...x,
        at: x.receivedAt,
      })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  return {
    paused: state?.paused ?? false,
    replyAddress: !guest && state ? replyAddressOf(state.replyToken) : null,
    entries,
  };
}
