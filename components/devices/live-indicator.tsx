"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/cn";
import type { LiveStatus } from "./use-live-updates";

/** A small dot and word saying whether the page is receiving live updates. Not a live region: it would be noise. */
export function LiveIndicator({ status }: { status: LiveStatus }) {
  const t = useTranslations("devices.live");
  return (
    <span className="inline-flex items-center gap-1.5 text-slate-700 text-sm" data-live={status}>
      <span
        aria-hidden="true"
        className={cn(
          "size-2 rounded-full",
          status === "live" ? "bg-emerald-600" : status === "connecting" ? "bg-slate-400" : "bg-amber-500",
        )}
      />
      {t(status)}
    </span>
  );
}
