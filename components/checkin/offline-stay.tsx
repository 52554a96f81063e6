"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { keepStayOffline } from "./stay-worker";

/**
 * Keeps the stay page on the guest's phone for when there is no signal at the door, and says so when what it
 * shows is the saved copy: offline, or served from the cache because the server could not be reached, with when
 * it was last updated (in the building's time zone). The data attributes tell the service worker that this
 * page is a guest's own stay, and until when the saved copy may be shown.
 */
export function OfflineStay({
  updatedAt,
  until,
  timeZone,
}: {
  updatedAt: string;
  until: string | null;
  timeZone: string;
}) {
  const t = useTranslations("offline");
  const format = useFormatter();
  const [online, setOnline] = useState(true);
  const [fromCache, setFromCache] = useState(false);
  // "saving" from the server's first paint while the link is live: the line is there before any script runs, and
  // only its words change once the worker answers. Appearing late, it pushed the stay down (a layout shift) and,
  // being the widest text of the page, became its largest paint: Lighthouse then counted every script before it.
  const [copy, setCopy] = useState<"saving" | "saved" | "unsaved">(until ? "saving" : "unsaved");

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    update();
    window.addEventListener("online", update);
    window.addEventListener("offline", update);
    let live = true;
    if (until) {
      keepStayOffline()
        .then((state) => {
          if (!live) return;
          setFromCache(state.fromCache);
          setCopy(state.saved ? "saved" : "unsaved");
        })
        .catch(() => setCopy("unsaved"));
    }
    return () => {
      live = false;
      window.removeEventListener("online", update);
      window.removeEventListener("offline", update);
    };
  }, [until]);

  const stale = !online || fromCache;
  const time = format.dateTime(new Date(updatedAt), { dateStyle: "medium", timeStyle: "short", timeZone });
  return (
    <div data-offline-stay-until={until ?? undefined} data-updated-at={updatedAt} data-testid="offline-stay">
      <div role="status">
        {stale ? (
          <Alert tone="warning" title={online ? t("cachedTitle") : t("offlineTitle")}>
            <p>{t("savedCopy")}</p>
            <p data-testid="last-updated">{t("lastUpdated", { time })}</p>
          </Alert>
        ) : copy !== "unsaved" ? (
          <p className="text-slate-600 text-sm">{t(copy)}</p>
        ) : null}
      </div>
    </div>
  );
}
