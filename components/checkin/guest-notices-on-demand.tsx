"use client";

import { lazy, type ReactNode, Suspense, useState } from "react";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import type { NotificationDTO } from "@/lib/domain/notification";
import { isStayNotice } from "./guest-notices-frame";

const GuestNoticeList = lazy(() =>
  import("./guest-notice-list").then((m) => ({ default: m.GuestNoticeList })),
);

/**
 * The notices list (its rows, badges, marking read) where there are notices; while there are none, the server's
 * empty section (`empty`), listening for the first one to arrive live, which brings the list (shown as it loads).
 */
export function GuestNoticesOnDemand({ initial, empty }: { initial: NotificationDTO[]; empty: ReactNode }) {
  const [first, setFirst] = useState(initial);
  if (first.length === 0) return <UntilANotice onNotice={(n) => setFirst([n])}>{empty}</UntilANotice>;
  return (
    <Suspense fallback={empty}>
      <GuestNoticeList initial={first} />
    </Suspense>
  );
}

function UntilANotice({
  onNotice,
  children,
}: {
  onNotice: (n: NotificationDTO) => void;
  children: ReactNode;
}) {
  useLiveUpdates((m) => {
    if (m.type === "notification" && isStayNotice(m.notification)) onNotice(m.notification);
  });
  return children;
}
