import "server-only";
import type { StayReply } from "@/lib/domain/guest-message";
import { getBuilding } from "../../db/buildings";
import { logger } from "../../logger";
import { notifyPeople } from "../notifications/notify-people";
import { staffRecipients } from "../notifications/recipients";

/**
 * The front desk and managers are told that a reply to a stay's messages arrived, with a link to the stay (its
 * message timeline is on the staff stay page). Called once per stored reply (a redelivered email stores nothing,
 * so tells no one again). A consequence of a reply already stored: a failure is logged, never thrown.
 */
export async function noticeStayReply(reply: StayReply, guestName: string): Promise<void> {
  try {
    const b = await getBuilding({ buildingId: reply.buildingId });
    await notifyPeople(await staffRecipients(b), {
      buildingId: b.id,
      kind: "reservation",
      timeZone: b.timezone,
      href: () => `/staff/reservations/${reply.reservationId}`,
      text: (t) => ({
        title: t("guestMessages.replyNotice.title", { guest: guestName }),
        body: reply.text.slice(0, 300) || t("guestMessages.replyNotice.empty"),
      }),
    });
  } catch (e) {
    logger.error("reply notice failed", { reservationId: reply.reservationId, error: String(e) });
  }
}
