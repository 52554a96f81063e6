import { getFormatter, getTranslations } from "next-intl/server";
import type { Reservation } from "@/lib/domain/reservation";
import type { Actor } from "@/lib/roles";
import { getStayTimeline } from "@/server/services/guest-messages/get-stay-timeline";

/**
 * The guest's messages on their stay page: what the host sent them and their own email replies, oldest first.
 * Self-contained (it reads the timeline itself); nothing shows before the first message.
 */
export async function GuestStayMessages({ actor, stay }: { actor: Actor; stay?: Reservation }) {
  if (actor.role !== "guest" || !actor.reservationId) return null;
  const [timeline, t, format] = await Promise.all([
    getStayTimeline(actor, actor.reservationId, stay),
    getTranslations("guestMessages.guest"),
    getFormatter(),
  ]);
  if (timeline.entries.length === 0) return null;
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
  return (
    <section aria-labelledby="stay-messages" className="space-y-3">
      <h2 id="stay-messages" className="font-semibold text-lg text-slate-900">
        {t("title")}
      </h2>
      <ol className="space-y-2">
        {timeline.entries.map((e) =>
          e.kind === "outgoing" ? (
            <li key={`out-${e.moment}`} className="rounded-md border border-slate-200 bg-white p-3">
              <p className="font-medium text-slate-900 text-sm">{e.subject ?? t("message")}</p>
              <p className="text-slate-600 text-xs">{t("sent", { at: when(e.at) })}</p>
            </li>
          ) : (
            <li key={`in-${e.id}`} className="rounded-md border border-brand-200 bg-brand-50 p-3">
              <p className="text-slate-600 text-xs">{t("yourReply", { at: when(e.at) })}</p>
              <p className="mt-1 whitespace-pre-line text-slate-800 text-sm">{e.text}</p>
            </li>
          ),
        )}
      </ol>
      <p className="text-slate-600 text-xs">{t("replyHint")}</p>
    </section>
  );
}
