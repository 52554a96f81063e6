import { Megaphone } from "lucide-react";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { AnnouncementDTO } from "@/lib/domain/announcement";

/** What the building was told, newest first, with how many of those reached have read and acknowledged it. */
export async function PostedAnnouncements({
  items,
  receiptsHref,
}: {
  items: AnnouncementDTO[];
  /** where "who has read it" leads for one announcement (the manager's page); none: no link */
  receiptsHref?: (id: string) => string;
}) {
  const [t, tf, format] = await Promise.all([
    getTranslations("announcements.list"),
    getTranslations("announcements.form"),
    getFormatter(),
  ]);
  if (items.length === 0)
    return (
      <EmptyState headingLevel={3} icon={<Megaphone />} title={t("empty")} description={t("emptyBody")} />
    );
  return (
    <ul className="space-y-3" data-testid="posted-announcements">
      {items.map((a) => {
        const c = a.counts ?? { recipients: 0, read: 0, acknowledged: 0 };
        return (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-semibold text-slate-900">{a.title}</h3>
              {a.emergency ? <Badge tone="danger">{tf("emergency")}</Badge> : null}
            </div>
            <p className="text-slate-600 text-sm">
              {format.dateTime(new Date(a.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              {a.postedBy ? ` · ${t("by", { name: a.postedBy })}` : ""}
              {a.audience ? ` · ${t("audience", { audience: tf(`audiences.${a.audience.kind}`) })}` : ""}
            </p>
            <p className="mt-2 whitespace-pre-line text-slate-800 text-sm">{a.body}</p>
            <p className="mt-2 text-slate-700 text-sm" data-testid="announcement-counts">
              {t("read", { read: c.read, recipients: c.recipients })}
              {a.emergency
                ? ` · ${t("acknowledged", { acknowledged: c.acknowledged, recipients: c.recipients })}`
                : ""}
            </p>
            {receiptsHref ? (
              <Link className="mt-2 inline-block text-sm underline" href={receiptsHref(a.id)}>
                {t("whoRead", { title: a.title })}
              </Link>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
