"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/cn";
import type { NotificationDTO } from "@/lib/domain/notification";
import { markNotificationsReadAction } from "@/server/actions/mark-notifications-read";

/** Shown in full on the stay page already (with acknowledgement): left out of this list. */
const SHOWN_ELSEWHERE = new Set<NotificationDTO["kind"]>(["announcement"]);
const MAX = 10;

/**
 * The guest's notices on the stay page (a leak in the unit, a change to the stay…), newest first, unread ones
 * marked; a new one appears live. Announcements have their own section above, so they are not repeated here.
 */
export function GuestNotices({ initial }: { initial: NotificationDTO[] }) {
  const t = useTranslations("stayNotices");
  const tn = useTranslations("notifications");
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
            <li
              key={n.id}
              data-testid="guest-notice"
              data-read={n.readAt ? "true" : "false"}
              className={cn(
                "flex flex-col gap-2 p-4 sm:flex-row sm:items-start",
                !n.readAt && "bg-brand-50/40",
              )}
            >
              <div className="min-w-0 flex-1">
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{n.title}</span>
                  {!n.readAt ? <Badge tone="brand">{tn("unread")}</Badge> : null}
                  <Badge>{tn(`kind.${n.kind}`)}</Badge>
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-700 text-sm">{n.body}</p>
                <RelativeTime value={n.createdAt} className="text-slate-600 text-xs" />
              </div>
              <div className="flex gap-2">
                {n.link && n.link !== "/stay" ? (
                  <Link
                    href={n.link}
                    onClick={() => (n.readAt ? undefined : mark([n.id]))}
                    className="rounded-md px-2 py-1 text-brand-700 text-sm underline"
                  >
                    {tn("open")}
                  </Link>
                ) : null}
                {!n.readAt ? (
                  <Button
                    size="sm"
                    variant="ghost"
                    onClick={() => mark([n.id])}
                    disabled={pending}
                    aria-label={t("markReadOne", { title: n.title })}
                  >
                    {tn("markRead")}
                  </Button>
                ) : null}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
