"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { NotificationDTO } from "@/lib/domain/notification";
import { markNotificationsReadAction } from "@/server/actions/mark-notifications-read";
import { NotificationRow } from "../notifications/notification-row";

/** Shown in full on the stay page already (with acknowledgement): left out of this list. */
const SHOWN_ELSEWHERE = new Set<NotificationDTO["kind"]>(["announcement"]);
const MAX = 10;

/**
 * The guest's notices on the stay page (a leak in the unit, a change to the stay…), newest first, unread ones
 * marked; a new one appears live. Announcements have their own section above, so they are not repeated here.
 */
export function GuestNotices({ initial }: { initial: NotificationDTO[] }) {
  const t = useTranslations("stayNotices");
  const [items, setItems] = useState(() => initial.filter((n) => !SHOWN_ELSEWHERE.has(n.kind)).slice(0, MAX));
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  useLiveUpdates((m) => {
    if (m.type === "notification" && !SHOWN_ELSEWHERE.has(m.notification.kind))
      setItems((all) => [m.notification, ...all.filter((n) => n.id !== m.notification.id)].slice(0, MAX));
  });
  const unread = items.filter((n) => !n.readAt);
  const mark = (ids: string[]) =>
    start(async () => {
      const res = await markNotificationsReadAction({ ids });
      setFailed(!res.ok);
      if (!res.ok) return;
      const at = new Date().toISOString();
      setItems((all) => all.map((n) => (ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n)));
    });
  return (
    <section aria-labelledby="stay-notices" className="space-y-3" data-testid="guest-notices">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="stay-notices" className="flex-1 font-semibold text-lg text-slate-900">
          {t("title")}
          {unread.length ? (
            <span className="ml-2 align-middle">
              <Badge tone="brand">{t("unreadCount", { count: unread.length })}</Badge>
            </span>
          ) : null}
        </h2>
        {unread.length > 1 ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => mark(unread.map((n) => n.id))}
            disabled={pending}
          >
            {t("markAllRead")}
          </Button>
        ) : null}
      </div>
      {failed ? (
        <p role="alert" className="text-red-700 text-sm">
          {t("failed")}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="rounded-lg border border-slate-200 border-dashed bg-white p-4 text-slate-600 text-sm">
          {t("empty")}
        </p>
      ) : (
        <ul
          aria-labelledby="stay-notices"
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
        >
          {items.map((n) => (
            <NotificationRow
              key={n.id}
              n={n}
              testId="guest-notice"
              onMark={mark}
              pending={pending}
              showLink={n.link !== "/stay"}
              keepLineBreaks
              markLabel={t("markReadOne", { title: n.title })}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
