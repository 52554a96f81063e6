"use client";

import { BellOff } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { LiveIndicator } from "@/components/devices/live-indicator";
import { useLiveUpdates } from "@/components/devices/use-live-updates";
import { EmptyState } from "@/components/ui/empty-state";
import type { AlarmDTO } from "@/lib/domain/alarm";
import { byUrgency } from "@/lib/domain/alarm-constants";
import { AlarmCard, type AlarmPlaces } from "./alarm-card";

/**
 * Alarms kept current by the building's live stream. `open`: active and acknowledged ones, most severe first (a
 * cleared one leaves); `cleared`: the cleared ones, newest first (a newly cleared one joins).
 */
export function LiveAlarmList({
  initial,
  places,
  mode,
  manage,
  limit,
}: {
  initial: AlarmDTO[];
  places: AlarmPlaces;
  mode: "open" | "cleared";
  manage: boolean;
  limit?: number;
}) {
  const t = useTranslations("alarms");
  const [alarms, setAlarms] = useState(initial);
  const belongs = (a: AlarmDTO) => (mode === "open" ? a.status !== "cleared" : a.status === "cleared");
  const upsert = (a: AlarmDTO) =>
    setAlarms((all) => {
      const rest = all.filter((x) => x.id !== a.id);
      return belongs(a) ? [a, ...rest] : rest;
    });
  const live = useLiveUpdates((m) => {
    if (m.type === "alarm") upsert(m.alarm);
  });
  const sorted = mode === "open" ? [...alarms].sort(byUrgency) : alarms;
  const shown = limit ? sorted.slice(0, limit) : sorted;
  return (
    <div className="space-y-3">
      <div className="flex justify-end">
        <LiveIndicator status={live} />
      </div>
      {shown.length === 0 ? (
        <EmptyState icon={<BellOff />} title={t("emptyTitle")} description={t("emptyBody")} />
      ) : (
        <ul aria-label={t("listLabel")} className="space-y-3" aria-live="polite">
          {shown.map((a) => (
            <AlarmCard key={a.id} alarm={a} places={places} manage={manage} onChanged={upsert} />
          ))}
        </ul>
      )}
    </div>
  );
}
