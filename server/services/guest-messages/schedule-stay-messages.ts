import "server-only";
import type { Building } from "@/lib/domain/building";
import {
  MESSAGE_MOMENTS,
  type MessageMoment,
  type MessageTemplates,
  momentDueAt,
  type OutgoingStatus,
  type StayMessage,
  sendableAt,
} from "@/lib/domain/guest-message";
import type { Reservation } from "@/lib/domain/reservation";
import { AppError } from "@/lib/errors";
import { getBuilding } from "../../db/buildings";
import {
  createStayMessageIfAbsent,
  listStayMessageItems,
  type StayMessaging,
  setStayMessagingLink,
  updateStayMessage,
} from "../../db/stay-messages";
import { hashToken } from "../../db/token-hash";
import { logger } from "../../logger";
import { stayMessagingOf } from "./reply-address";
import { sealToken } from "./sealed-link";
import { templatesOf } from "./templates";

/** Statuses a message leaves only by a resend: it went out (or was tried). Others follow the stay. */
const FINAL: ReadonlySet<OutgoingStatus> = new Set(["sent", "failed", "sending"]);
const ENDED = new Set(["cancelled", "no_show"]);

/**
 * Where a moment's message should stand for the stay as it is now: its status and due time. Cancelled (stay
 * cancelled or no-show, moment switched off), skipped (its time passed long ago, sendableAt), paused (staff
 * paused the stay's messages) or scheduled at its time in the building's zone.
 */
export function desiredMessage(
  moment: MessageMoment,
  r: Reservation,
  building: Building,
  templates: MessageTemplates,
  paused: boolean,
  now: Date,
): { status: OutgoingStatus; dueAt: string } {
  const t = templates[moment];
  const due = momentDueAt(moment, t, r, building);
  if (ENDED.has(r.status) || !t.enabled) return { status: "cancelled", dueAt: due.toISOString() };
  const at = sendableAt(moment, due, r, building, now);
  if (!at) return { status: "skipped", dueAt: due.toISOString() };
  return { status: paused ? "paused" : "scheduled", dueAt: at.toISOString() };
}

/**
 * Keeps a stay's schedule in step with the stay (called when it is created, changed, cancelled, synced from a
 * channel, paused or resumed): one message per enabled moment, made with a put-if-absent keyed on stay + moment,
 * so any number of calls from any instance make one. Unsent messages follow the stay's dates and state; sent or
 * failed ones are history and stay as they are (a resend is staff's decision).
 */
export async function syncStayMessages(
  r: Reservation,
  building: Building,
  opts: { templates?: MessageTemplates; state?: StayMessaging; now?: Date } = {},
): Promise<StayMessage[]> {
  const now = opts.now ?? new Date();
  const templates = opts.templates ?? (await templatesOf(r.buildingId));
  const listed = await listStayMessageItems({ buildingId: r.buildingId, reservationId: r.id });
  const state = opts.state ?? listed.state ?? (await stayMessagingOf(r, now));
  const existing = new Map(listed.messages.map((m) => [m.moment, m]));
  const out: StayMessage[] = [];
  for (const moment of MESSAGE_MOMENTS) {
    const want = desiredMessage(moment, r, building, templates, state.paused, now);
    const have = existing.get(moment);
    if (!have) {
      // a moment switched off, or already over, when the stay is first scheduled leaves no trace
      if (want.status === "cancelled" || want.status === "skipped") continue;
      const m: StayMessage = {
        buildingId: r.buildingId,
        reservationId: r.id,
        moment,
        ...want,
        subject: null,
        deliveries: [],
        resentBy: null,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      };
      if (await createStayMessageIfAbsent(m)) out.push(m);
      continue;
    }
    if (FINAL.has(have.status)) {
      out.push(have);
      continue;
    }
    // "send now" for a late message keeps its first due time: no rewrite on every call
    const sameNow =
      have.status === want.status &&
      Date.parse(have.dueAt) <= now.getTime() &&
      want.dueAt === now.toISOString();
    if (sameNow || (have.status === want.status && have.dueAt === want.dueAt)) {
      out.push(have);
      continue;
    }
    out.push(await updateStayMessage({ current: have, set: want }));
  }
  return out;
}

/**
 * For the stay services: a failed sync never fails the stay (the sweeper re-checks each message when due). Given
 * the check-in link's token just issued (booking, re-issue), it is kept sealed for the messages that carry it.
 */
export async function syncStayMessagesQuietly(
  r: Reservation,
  opts: { checkinToken?: string } = {},
): Promise<void> {
  try {
    if (opts.checkinToken) await rememberCheckinLink(r, opts.checkinToken);
    await syncStayMessages(r, await getBuilding({ buildingId: r.buildingId }));
  } catch (e) {
    if (!(e instanceof AppError && e.code === "conflict"))
      logger.warn("guest messages not scheduled", { reservationId: r.id, error: String(e) });
  }
}

/** Keeps a just-issued check-in link token, sealed, beside the stay's messages. */
export async function rememberCheckinLink(r: Pick<Reservation, "buildingId" | "id">, token: string) {
  const state = await stayMessagingOf(r);
  return setStayMessagingLink(state, { sealed: sealToken(token), tokenHash: hashToken(token) });
}
