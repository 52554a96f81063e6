"use client";

import { Megaphone } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { AnnouncementDTO } from "@/lib/domain/announcement";
import { readAnnouncementAction } from "@/server/actions/acknowledge-announcement";

/**
 * The announcements a person received (resident home, guest stay page), newest first. Shown means read: unread
 * ones are marked read once on display. An emergency asks to be acknowledged, with one button.
 */
export function ReaderAnnouncements({
  initial,
  headingId,
}: {
  initial: AnnouncementDTO[];
  headingId?: string;
}) {
  const t = useTranslations("announcements.reader");
  const format = useFormatter();
  const [items, setItems] = useState(initial);
  const [said, setSaid] = useState("");
  const [pending, startTransition] = useTransition();
  const [unread] = useState(() => initial.filter((a) => !a.readAt).map((a) => a.id));

  useEffect(() => {
    if (unread.length) void readAnnouncementAction({ read: unread.slice(0, 200) });
  }, [unread]);

  const acknowledge = (id: string) =>
    startTransition(async () => {
      const r = await readAnnouncementAction({ acknowledge: id });
      if (r.ok && "announcement" in r.data) {
        const a = r.data.announcement;
        setItems((list) => list.map((x) => (x.id === id ? a : x)));
        setSaid(t("acknowledgedNow"));
      }
    });

  if (items.length === 0)
    return (
      <EmptyState headingLevel={3} icon={<Megaphone />} title={t("empty")} description={t("emptyBody")} />
    );
  return (
    <>
      <ul className="space-y-3" aria-labelledby={headingId} data-testid="reader-announcements">
        {items.map((a) => (
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
              {format.dateTime(new Date(a.createdAt), { dateStyle: "medium", timeStyle: "short" })}
              {a.postedBy ? ` · ${t("from", { name: a.postedBy })}` : ""}
            </p>
            <p className="mt-2 whitespace-pre-line text-slate-900 text-sm">{a.body}</p>
            {a.emergency ? (
              <div className="mt-3">
                {a.acknowledgedAt ? (
                  <p className="text-emerald-800 text-sm">
                    {t("acknowledged", {
                      when: format.dateTime(new Date(a.acknowledgedAt), {
                        dateStyle: "medium",
                        timeStyle: "short",
                      }),
                    })}
                  </p>
                ) : (
                  <Button size="sm" loading={pending} onClick={() => acknowledge(a.id)}>
                    {t("acknowledge")}
                  </Button>
                )}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {said}
      </p>
    </>
  );
}
