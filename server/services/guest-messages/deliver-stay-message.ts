import "server-only";
import type { Building } from "@/lib/domain/building";
import { isCheckinLinkUsable } from "@/lib/domain/checkin-link";
import { doorCodeWindow } from "@/lib/domain/door-window";
import {
  type Delivery,
  type MessageMoment,
  type MessageTemplates,
  type MessageValues,
  renderTemplate,
  type StayMessage,
  templateUses,
} from "@/lib/domain/guest-message";
import type { Reservation } from "@/lib/domain/reservation";
import { arrivalTimeOf, departureTimeOf } from "@/lib/domain/stay-time-request";
import { config } from "../../config";
import { replaceCheckinLink } from "../../db/reservations";
import { type StayMessaging, updateStayMessage } from "../../db/stay-messages";
import { findUnit } from "../../db/units";
import { sendEmail } from "../../email/send-email";
import type { EmailSecret } from "../../email/types";
import { resolveLocale } from "../../i18n/resolve-locale";
import { translatorFor } from "../../i18n/translator";
import { smsTransport } from "../../sms/send-sms";
import type { SmsTransport } from "../../sms/types";
import { checkinUrl, newCheckinLink } from "../checkin/checkin-link";
import { replyAddressOf } from "./reply-address";
import { rememberCheckinLink } from "./schedule-stay-messages";
import { openToken } from "./sealed-link";

/** Stay statuses in which each moment's message still makes sense when it is sent. */
const SENDABLE: Record<MessageMoment, readonly Reservation["status"][]> = {
  booking_confirmed: ["pending", "confirmed", "checked_in"],
  before_arrival: ["pending", "confirmed"],
  code_active: ["confirmed", "checked_in"],
  departure_morning: ["confirmed", "checked_in"],
  after_checkout: ["checked_in", "checked_out"],
};

export const momentFitsStay = (moment: MessageMoment, r: Reservation) => SENDABLE[moment].includes(r.status);

/**
 * The check-in link for a message that carries one: the stay's current link, kept sealed when it was issued
 * (booking, re-issue), so the guest's earlier email keeps working. A stay whose token was never kept (made from a
 * channel feed, which gives the guest no link) gets a fresh one, kept in turn; the door code is not touched.
 * Without a usable link (revoked, stay over) the guest gets their stay page.
 */
async function checkinLinkFor(r: Reservation, building: Building, state: StayMessaging, now: Date) {
  if (!isCheckinLinkUsable(r, now) || !r.checkinLink)
    return { url: new URL("/stay", config().APP_URL).toString(), secret: null };
  const expiresAt = r.checkinLink.expiresAt;
  const kept = state.link?.tokenHash === r.checkinLink.tokenHash ? openToken(state.link.sealed) : null;
  if (kept) {
    const url = checkinUrl(kept);
    return { url, secret: { value: url, expiresAt } satisfies EmailSecret };
  }
  const { token, link } = newCheckinLink(building, r, now);
  await replaceCheckinLink({ buildingId: r.buildingId, reservationId: r.id, link });
  await rememberCheckinLink(r, token);
  const url = checkinUrl(token);
  return { url, secret: { value: url, expiresAt: link.expiresAt } satisfies EmailSecret };
}

/** The placeholder values for a stay, formatted in the guest's language and the building's zone. */
function valuesFor(r: Reservation, building: Building, unitNumber: string, locale: string) {
  const { format } = translatorFor(locale as Parameters<typeof translatorFor>[0], building.timezone);
  const day = (d: string) =>
    translatorFor(locale as Parameters<typeof translatorFor>[0], "UTC").format.dateTime(
      new Date(`${d}T00:00:00Z`),
      { weekday: "short", day: "numeric", month: "long" },
    );
  const window = r.doorAccess ?? doorCodeWindow(r, building);
  const moment = (iso: string) =>
    format.dateTime(new Date(iso), {
      weekday: "short",
      day: "numeric",
      month: "short",
      hour: "2-digit",
      minute: "2-digit",
    });
  return {
    guestName: r.guest.name,
    unit: unitNumber,
    building: building.name,
    checkIn: day(r.checkIn),
    checkOut: day(r.checkOut),
    checkInTime: arrivalTimeOf(r, building.config),
    checkOutTime: departureTimeOf(r, building.config),
    codeFrom: moment(window.validFrom),
    codeUntil: moment(window.validUntil),
  } satisfies Omit<MessageValues, "checkinLink">;
}

/**
 * Sends a message that the caller has already claimed (status `sending`, won by a conditional write): renders the
 * moment's template in the guest's language, emails it (with the stay's reply address as Reply-To) and/or texts
 * it, and records each channel's outcome. `sent` when at least one channel went out (or was recorded by a local
 * outbox), `failed` when every channel failed, `skipped` when the guest has no address for any of its channels.
 */
export async function deliverClaimed(
  claimed: StayMessage,
  r: Reservation,
  building: Building,
  templates: MessageTemplates,
  state: StayMessaging,
  opts: { now?: Date; sms?: SmsTransport } = {},
): Promise<StayMessage> {
  const now = opts.now ?? new Date();
  const t = templates[claimed.moment];
  const locale = resolveLocale({ reservationLocale: r.guestLocale, buildingLocale: building.locale });
  const text = t.texts[locale];
  const unit = await findUnit({ buildingId: r.buildingId, unitId: r.unitId });
  const values: Partial<MessageValues> = valuesFor(r, building, unit?.number ?? "", locale);
  // a channel stay's placeholder address (`….invalid`, RFC 6761) is nobody's: no email until staff add the real one
  const reachable = { email: !/\.invalid$/i.test(r.guest.email), sms: Boolean(r.guest.phone) };
  const channels = t.channels.filter((c) => reachable[c]);
  if (!channels.length) return updateStayMessage({ current: claimed, set: { status: "skipped" } });
  let secret: EmailSecret | null = null;
  if (templateUses(text, "checkinLink")) {
    const link = await checkinLinkFor(r, building, state, now);
    values.checkinLink = link.url;
    secret = link.secret;
  }
  const subject = renderTemplate(text.subject, values);
  const deliveries: Delivery[] = [];
  for (const channel of channels) {
    const at = new Date().toISOString();
    if (channel === "email") {
      const sent = await sendEmail({
        buildingId: r.buildingId,
        to: r.guest.email,
        subject,
        text: renderTemplate(text.body, values),
        kind: `guest_${claimed.moment}`,
        secrets: secret ? [secret] : [],
        replyTo: replyAddressOf(state.replyToken) ?? undefined,
      }).catch((e) => ({ status: "failed" as const, error: String(e) }));
      deliveries.push({
        channel,
        status: sent.status,
        at,
        error: sent.status === "failed" ? "The email could not be sent." : null,
      });
    } else {
      const sent = await (opts.sms ?? smsTransport())
        .send({
          buildingId: r.buildingId,
          to: r.guest.phone as string,
          text: renderTemplate(text.sms, values),
          kind: `guest_${claimed.moment}`,
        })
        .catch((e) => ({ status: "failed" as const, error: String(e) }));
      deliveries.push({
        channel,
        status: sent.status,
        at,
        error: sent.status === "failed" ? (sent.error ?? "The text could not be sent.").slice(0, 300) : null,
      });
    }
  }
  const ok = deliveries.some((d) => d.status !== "failed");
  return updateStayMessage({
    current: claimed,
    set: {
      status: ok ? "sent" : "failed",
      subject,
      deliveries: [...claimed.deliveries, ...deliveries].slice(-20),
    },
  });
}
