import "server-only";
import type { Building } from "@/lib/domain/building";
import type { MessageTemplates, StayMessage } from "@/lib/domain/guest-message";
import { AppError } from "@/lib/errors";
import { findBuilding } from "../../db/buildings";
import { findReservation } from "../../db/reservations";
import { listDueStayMessages, updateStayMessage } from "../../db/stay-messages";
import { logger } from "../../logger";
import type { SmsTransport } from "../../sms/types";
import { queryEvery } from "../shared/query-every";
import { deliverClaimed, momentFitsStay } from "./deliver-stay-message";
import { stayMessagingOf } from "./reply-address";
import { desiredMessage, syncStayMessages } from "./schedule-stay-messages";
import { templatesOf } from "./templates";

/** How long a code_active message waits for the stay's code (guest still checking in) before asking again. */
const CODE_RETRY_MS = 15 * 60_000;

type Outcome = "sent" | "moved" | "skipped" | "lost";

/**
 * Sends the stay messages that are due (one Query of the global due list, never a Scan). Each message is first
 * checked against its stay as it is now (a missed change moves or cancels it instead), then claimed by a
 * conditional write (`scheduled` → `sending` on the `updatedAt` read): with several instances sweeping at once,
 * exactly one wins each message and the others skip it. A crash between the claim and the send leaves it
 * `sending`: shown to staff, never sent twice by itself (at most once; staff resend).
 */
export async function sweepStayMessages(
  now = new Date(),
  opts: { sms?: SmsTransport; buildingId?: string } = {},
): Promise<{ sent: number; moved: number; skipped: number }> {
  const listed = await queryEvery((p) => listDueStayMessages({ now, ...p }));
  // tests sweep their own building only (the due list is global, shared by parallel test files)
  const due = opts.buildingId ? listed.filter((m) => m.buildingId === opts.buildingId) : listed;
  const buildings = new Map<string, Promise<[Building | null, MessageTemplates]>>();
  const counts = { sent: 0, moved: 0, skipped: 0 };
  for (const m of due) {
    if (!buildings.has(m.buildingId))
      buildings.set(
        m.buildingId,
        Promise.all([findBuilding({ buildingId: m.buildingId }), templatesOf(m.buildingId)]),
      );
    try {
      const [building, templates] = await (buildings.get(m.buildingId) as Promise<
        [Building | null, MessageTemplates]
      >);
      const outcome = await sweepOne(m, building, templates, now, opts);
      if (outcome !== "lost") counts[outcome]++;
    } catch (e) {
      if (e instanceof AppError && e.code === "conflict") continue; // another instance has it
      logger.error("guest message sweep failed", {
        reservationId: m.reservationId,
        moment: m.moment,
        error: String(e),
      });
    }
  }
  if (counts.sent || counts.moved || counts.skipped) logger.info("guest message sweeper", counts);
  return counts;
}

async function sweepOne(
  m: StayMessage,
  building: Building | null,
  templates: MessageTemplates,
  now: Date,
  opts: { sms?: SmsTransport },
): Promise<Outcome> {
  const r = building
    ? await findReservation({ buildingId: m.buildingId, reservationId: m.reservationId })
    : null;
  if (!r || !building) {
    await updateStayMessage({ current: m, set: { status: "cancelled" } });
    return "skipped";
  }
  const state = await stayMessagingOf(r, now);
  const want = desiredMessage(m.moment, r, building, templates, state.paused, now);
  // the stay moved, was cancelled or paused since this was scheduled: follow it instead of sending
  if (want.status !== "scheduled" || Date.parse(want.dueAt) > now.getTime()) {
    await syncStayMessages(r, building, { templates, state, now });
    return "moved";
  }
  if (!momentFitsStay(m.moment, r)) {
    await updateStayMessage({ current: m, set: { status: "skipped" } });
    return "skipped";
  }
  if (m.moment === "code_active" && !r.doorAccess) {
    // no code on the locks yet (check-in not finished, ID waiting for approval): ask again shortly
    await updateStayMessage({
      current: m,
      set: { dueAt: new Date(now.getTime() + CODE_RETRY_MS).toISOString() },
    });
    return "moved";
  }
  const claimed = await updateStayMessage({ current: m, set: { status: "sending" } });
  const done = await deliverClaimed(claimed, r, building, templates, state, {
    now,
    sms: opts.sms,
  });
  return done.status === "skipped" ? "skipped" : "sent";
}
