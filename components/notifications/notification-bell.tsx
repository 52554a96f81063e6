"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { type ReactNode, useEffect, useState } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";

/**
 * The header's bell: the unread count, raised live when a notice arrives for this person. The bell itself is drawn
 * on the server (app-shell) and passed in, so no icon code comes with it.
 */
export function NotificationBell({ initialUnread, icon }: { initialUnread: number; icon: ReactNode }) {
  const t = useTranslations("notifications");
  const [unread, setUnread] = useState(initialUnread);
  // a refresh (after marking read) brings the server's count
  useEffect(() => setUnread(initialUnread), [initialUnread]);
  useLiveUpdates((m) => {
    if (m.type === "notification") setUnread((n) => n + 1);
  });
  return (
    <Link
      href="/notifications"
      data-testid="notification-bell"
      aria-label={unread ? t("bellUnread", { count: unread }) : t("bell")}
      className="relative grid size-10 shrink-0 place-items-center rounded-md text-slate-700 hover:bg-slate-100"
    >
      {icon}
      {unread ? (
        <span
          aria-hidden="true"
          className="absolute top-1 right-1 grid min-w-5 place-items-center rounded-full bg-red-600 px-1 font-semibold text-[11px] text-white"
        >
          {unread > 99 ? "99+" : unread}
        </span>
      ) : null}
    </Link>
  );
}
