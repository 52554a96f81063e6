import "server-only";
import { newId } from "@/lib/domain/ids";
import {
  ALL_CHANNELS,
  channelsFor,
  type NotificationKind,
  toNotificationDTO,
} from "@/lib/domain/notification";
import type { Locale } from "@/lib/i18n";
import type { Role } from "@/lib/roles";
import { config } from "../../config";
import { createNotification, findNotificationPrefs } from "../../db/notifications";
import { sendEmail } from "../../email/send-email";
import { translatorFor } from "../../i18n/translator";
import { publishLiveUpdate } from "../../live/live-updates";
import { logger } from "../../logger";
import { pushToPerson } from "./push-delivery";

/** Someone a notice can reach: a person with an account, or the guest of a stay (`guest_<reservationId>`). */
export type Recipient = {
  id: string;
  role: Role;
  locale: Locale;
  email: string | null;
  name?: string;
};

export type Translate = ReturnType<typeof translatorFor>["t"];

export type Notice = {
  buildingId: string;
  kind: NotificationKind;
  /** the words, in the recipient's language */
  text: (t: Translate, r: Recipient) => { title: string; body: string };
  /** where it leads, per role (null: nowhere) */
  href: (role: Role) => string | null;
  /** emergencies reach every channel, whatever the person chose */
  emergency?: boolean;
  timeZone?: string;
};

/**
 * Tells each recipient once, in their language, on the channels they chose for this kind (in-app, email, web
 * push to their subscribed devices), and pushes the in-app notice to their open pages. A consequence of something already committed: a failure
 * for one person is logged and never stops the others. Returns the ids of the in-app notices, by recipient.
 */
export async function notifyPeople(recipients: Recipient[], notice: Notice): Promise<Map<string, string>> {
  const seen = new Set<string>();
  const out = new Map<string, string>();
  await Promise.all(
    recipients.map(async (r) => {
      if (seen.has(r.id)) return;
      seen.add(r.id);
      try {
        const id = await notifyOne(r, notice);
        if (id) out.set(r.id, id);
      } catch (e) {
        logger.error("notification failed", {
          buildingId: notice.buildingId,
          kind: notice.kind,
          error: e instanceof Error ? e.message : String(e),
        });
      }
    }),
  );
  return out;
}

async function notifyOne(r: Recipient, notice: Notice): Promise<string | null> {
  const prefs =
    r.role === "guest" ? null : await findNotificationPrefs({ buildingId: notice.buildingId, userId: r.id });
  const channels = notice.emergency ? ALL_CHANNELS : channelsFor(prefs, notice.kind);
  const { t } = translatorFor(r.locale, notice.timeZone ?? "UTC");
  const { title, body } = notice.text(t, r);
  const href = notice.href(r.role);
  let id: string | null = null;
  if (channels.inApp) {
    const n = await createNotification({
      notification: {
        id: newId(),
        buildingId: notice.buildingId,
        userId: r.id,
        kind: notice.kind,
        title: title.slice(0, 200),
        body: body.slice(0, 2000),
        href,
        readAt: null,
        createdAt: new Date().toISOString(),
      },
    });
    id = n.id;
    publishLiveUpdate(notice.buildingId, {
      type: "notification",
      userId: r.id,
      notification: toNotificationDTO(n),
    });
  }
  const email = async () => {
    if (!channels.email || !r.email) return;
    const link = href ? `\n\n${new URL(href, config().APP_URL).toString()}\n` : "\n";
    await sendEmail({
      buildingId: notice.buildingId,
      to: r.email,
      subject: title,
      text: `${body}${link}`,
      kind: notice.kind,
    });
  };
  // guests have no devices: push is for people with an account (their browsers subscribe in the app)
  const push = async () => {
    if (!channels.push || r.role === "guest") return;
    await pushToPerson(
      { buildingId: notice.buildingId, userId: r.id },
      { id: id ?? newId(), kind: notice.kind, title, body, link: href ?? "/notifications" },
      { urgent: notice.emergency || notice.kind === "alarm" },
    );
  };
  await Promise.all([email(), push()]);
  return id;
}
