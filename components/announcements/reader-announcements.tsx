import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { Megaphone } from "@/components/ui/server-icons";
import type { AnnouncementDTO } from "@/lib/domain/announcement";
import { AcknowledgeAnnouncement, MarkAnnouncementsRead } from "./reader-actions";

/**
 * The announcements a person received (resident home, guest stay page), newest first. Shown means read: unread
 * ones are marked read once on display. An emergency asks to be acknowledged, with one button.
 * Drawn on the server; only the marking and the button are client code (./reader-actions.tsx), so the list, its
 * badges and icons add no JavaScript to the page.
 */
export async function ReaderAnnouncements({
  initial,
  headingId,
}: {
  initial: AnnouncementDTO[];
  headingId?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("announcements.reader"), getFormatter()]);
  const unread = initial.filter((a) => !a.readAt).map((a) => a.id);
  const when = (iso: string) => format.dateTime(new Date(iso), { dateStyle: "medium", timeStyle: "short" });

  if (initial.length === 0)
    return (
      <EmptyState
        headingLevel={3}
        icon={<Megaphone inline />}
        title={t("empty")}
        description={t("emptyBody")}
      />
    );
  return (
    <>
      <MarkAnnouncementsRead ids={unread} />
      <ul className="space-y-3" aria-labelledby={headingId} data-testid="reader-announcements">
        {initial.map((a) => (
          <li
            key={a.id}
            className={
              a.emergency
                ? "rounded-lg border border-red-300 bg-red-50 p-4"
                : "rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
            }
          >
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold text-slate-900">{a.title}</h3>
              {a.emergency ? <Badge tone="danger">{t("emergency")}</Badge> : null}
              {unread.includes(a.id) ? <Badge tone="info">{t("new")}</Badge> : null}
            </div>
            <p className="text-slate-700 text-sm">
              {when(a.createdAt)}
              {a.postedBy ? ` · ${t("from", { name: a.postedBy })}` : ""}
            </p>
            <p className="mt-2 whitespace-pre-line text-slate-900 text-sm">{a.body}</p>
            {a.emergency ? (
              <div className="mt-3">
                {a.acknowledgedAt ? (
                  <p className="text-emerald-800 text-sm">
                    {t("acknowledged", { when: when(a.acknowledgedAt) })}
                  </p>
                ) : (
                  <AcknowledgeAnnouncement id={a.id} />
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </>
  );
}
