"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import type { NotificationDTO } from "@/lib/domain/notification";
import { markNotificationsReadAction } from "@/server/actions/mark-notifications-read";
import { NotificationRow } from "../notifications/notification-row";
import { isStayNotice, NoNotices, NoticesFrame } from "./guest-notices-frame";

const MAX = 10;

/**
 * The guest's notices on the stay page (a leak in the unit, a change to the stay…), newest first, unread ones
 * marked; a new one appears live. Announcements have their own section above, so they are not repeated here.
 * Loaded only where there are notices (guest-notices.tsx).
 */
export function GuestNoticeList({ initial }: { initial: NotificationDTO[] }) {
  const t = useTranslations("stayNotices");
  const [items, setItems] = useState(() => initial.filter(isStayNotice).slice(0, MAX));
  const [pending, start] = useTransition();
  const [failed, setFailed] = useState(false);
  useLiveUpdates((m) => {
    if (m.type === "notification" && isStayNotice(m.notification))
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
    <NoticesFrame
      title={
        <>
          {t("title")}
          {unread.length ? (
            <span className="ml-2 align-middle">
              <Badge tone="brand">{t("unreadCount", { count: unread.length })}</Badge>
            </span>
          ) : null}
        </>
      }
      aside={
        unread.length > 1 ? (
          <Button
            size="sm"
            variant="secondary"
            onClick={() => mark(unread.map((n) => n.id))}
            disabled={pending}
          >
            {t("markAllRead")}
          </Button>
        ) : null
      }
    >
      {failed ? (
        <p role="alert" className="text-red-700 text-sm">
          {t("failed")}
        </p>
      ) : null}
      {items.length === 0 ? (
        <NoNotices>{t("empty")}</NoNotices>
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
    </NoticesFrame>
  );
}
