"use client";

import { Inbox } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { NotificationDTO } from "@/lib/domain/notification";
import { markNotificationsReadAction } from "@/server/actions/mark-notifications-read";
import { NotificationRow } from "./notification-row";

/** Notices newest first; a new one appears live; opening or marking one reads it. */
export function NotificationList({ initial }: { initial: NotificationDTO[] }) {
  const t = useTranslations("notifications");
  const router = useRouter();
  const [items, setItems] = useState(initial);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const [pending, start] = useTransition();
  useLiveUpdates((m) => {
    if (m.type === "notification")
      setItems((all) => [m.notification, ...all.filter((n) => n.id !== m.notification.id)]);
  });
  const mark = (ids: string[] | "all") =>
    start(async () => {
      const res = await markNotificationsReadAction(ids === "all" ? { all: true } : { ids });
      if (!res.ok) return;
      const at = new Date().toISOString();
      setItems((all) =>
        all.map((n) => (ids === "all" || ids.includes(n.id) ? { ...n, readAt: n.readAt ?? at } : n)),
      );
      router.refresh();
    });
  const shown = unreadOnly ? items.filter((n) => !n.readAt) : items;
  return (
    <section aria-labelledby="notifications-list" className="space-y-3">
      <h2 id="notifications-list" className="sr-only">
        {t("listLabel")}
      </h2>
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant={unreadOnly ? "secondary" : "primary"}
          onClick={() => setUnreadOnly(false)}
          aria-pressed={!unreadOnly}
        >
          {t("all")}
        </Button>
        <Button
          size="sm"
          variant={unreadOnly ? "primary" : "secondary"}
          onClick={() => setUnreadOnly(true)}
          aria-pressed={unreadOnly}
        >
          {t("unreadOnly")}
        </Button>
        <Button
          size="sm"
          variant="secondary"
          className="ml-auto"
          onClick={() => mark("all")}
          disabled={pending || items.every((n) => n.readAt)}
        >
          {t("markAllRead")}
        </Button>
      </div>
      {shown.length === 0 ? (
        <EmptyState icon={<Inbox />} title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <ul
          className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white"
          aria-label={t("listLabel")}
        >
          {shown.map((n) => (
            <NotificationRow
              key={n.id}
              n={n}
              testId="notification"
              onMark={mark}
              pending={pending}
              link={Link}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
