import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ReaderAnnouncements } from "@/components/announcements/reader-announcements";
import { GuestChat } from "@/components/chat/guest-chat";
import { toUIMessages } from "@/components/chat/to-ui-messages";
import { ForgetOfflineStay } from "@/components/checkin/forget-offline-stay";
import { GuestFrame } from "@/components/checkin/guest-frame";
import { GuestNotice } from "@/components/checkin/guest-notice";
import { GuestNotices } from "@/components/checkin/guest-notices";
import { GuestStay } from "@/components/checkin/guest-stay";
import { GuestStayActions } from "@/components/guest-stay/guest-stay-actions";
import { DoorClosed, Mail } from "@/components/ui/server-icons";
import { newId } from "@/lib/domain/ids";
import { type StayTimePanel, stayTimePanel } from "@/lib/domain/stay-time-request";
import { type Actor, ROLE_HOME } from "@/lib/roles";
import { providerName } from "@/server/ai/provider";
import { currentActor } from "@/server/auth/actor";
import { listReceivedAnnouncements } from "@/server/services/announcements/list-announcements";
import { getBuilding } from "@/server/services/building/get-building";
import { requestGuestStay } from "@/server/services/checkin/checkin-stay";
import { getCheckin } from "@/server/services/checkin/get-checkin";
import { getGuestActions } from "@/server/services/checkin/get-guest-actions";
import { conversationMessages, listConversations } from "@/server/services/concierge/concierge-conversations";
import { listNotifications } from "@/server/services/notifications/list-notifications";
import { GuestStayMessages } from "./_messages/guest-stay-messages";
import { StayTimeRequests } from "./stay-times-on-demand";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkin.stay"))("metaTitle") };
}

/**
 * The guest's stay and check-in, read fresh on every visit (each step survives a reload). Guests have no
 * password to sign in with: without a guest session this page says to open the emailed link again. The
 * concierge chat shows only while the building has the concierge on (the chat route refuses it otherwise).
 */
export default async function StayPage({ searchParams }: { searchParams: Promise<{ ended?: string }> }) {
  const actor = await currentActor();
  const t = await getTranslations("checkin.stay");
  if (actor?.role !== "guest") {
    // "Check out" on this page ends the guest's session with the stay: it comes back here with `?ended=1`
    const ended = !actor && (await searchParams).ended === "1";
    return (
      <GuestFrame>
        {/* signed out, link revoked or stay over: no stay may stay saved on this device */}
        <ForgetOfflineStay />
        <GuestNotice
          icon={ended ? <DoorClosed inline /> : <Mail inline />}
          title={t(ended ? "checkedOutTitle" : "signedOutTitle")}
          body={t(ended ? "checkedOutBody" : "signedOutBody")}
          action={
            actor ? (
              // a plain link: next/link is a client component, and importing it here put its ~4 KB gzipped on
              // every guest's page for this signed-in visitor's one way home
              <a href={ROLE_HOME[actor.role]} className="text-brand-700 underline">
                {t("home")}
              </a>
            ) : undefined
          }
        />
      </GuestFrame>
    );
  }
  // the stay and the building were read with the session (server/auth/guest-session.ts): handed on, not read again
  const stay = requestGuestStay(actor);
  const now = new Date();
  const [view, building, notices, ta, ownNotices, guestActions, chat] = await Promise.all([
    getCheckin(actor, now, stay),
    getBuilding(actor),
    listReceivedAnnouncements(actor, { limit: 10 }),
    getTranslations("announcements.reader"),
    listNotifications(actor, { limit: 30 }),
    getGuestActions(actor, now, stay),
    getBuilding(actor).then((b) => (b.config.features.concierge ? lastConversation(actor) : null)),
  ]);
  const times = stayTimePanel(view.reservation, building.config, building.currency);
  return (
    <GuestFrame>
      <GuestStay view={view} />
      <GuestStayMessages actor={actor} stay={stay} />
      <GuestStayActions actions={guestActions} timeZone={view.building.timezone} />
      {hasStayTimes(times) ? (
        <StayTimeRequests
          reservationId={view.reservation.id}
          {...times}
          canAsk={["pending", "confirmed", "checked_in"].includes(view.reservation.status)}
          canDecide={false}
        />
      ) : null}
      {notices.items.length ? (
        <section aria-labelledby="stay-announcements" className="space-y-3">
          <h2 id="stay-announcements" className="font-semibold text-lg text-slate-900">
            {ta("title")}
          </h2>
          <ReaderAnnouncements initial={notices.items} headingId="stay-announcements" />
        </section>
      ) : null}
      <GuestNotices initial={ownNotices.items} />
      {chat ? (
        <GuestChat
          conversationId={chat.last?.conversation.id ?? newId()}
          initialMessages={chat.last ? toUIMessages(chat.last.messages) : []}
          offline={providerName() === "offline"}
        />
      ) : null}
    </GuestFrame>
  );
}

/** The guest's one running conversation, if they have started it. */
async function lastConversation(actor: Actor) {
  const recent = await listConversations(actor, { limit: 1 });
  return { last: recent.items[0] ? await conversationMessages(actor, recent.items[0].id, 50) : null };
}

/** What StayTimeRequests shows anything for: an offered kind, or a request already made. */
function hasStayTimes(p: StayTimePanel) {
  return p.offers.length > 0 || Object.values(p.requests).some(Boolean);
}
