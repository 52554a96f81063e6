"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { RelativeTime } from "@/components/tickets/relative-time";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import type { AlarmDTO, AlarmSeverity } from "@/lib/domain/alarm";
import { AlarmActions } from "./alarm-actions";

const TONE: Record<AlarmSeverity, BadgeTone> = {
  critical: "danger",
  major: "danger",
  minor: "warning",
  warning: "warning",
};
export type AlarmPlaces = { devices: Record<string, string>; units: Record<string, string> };

/** One alarm: what, where, since when, who took it on; and the actions when `manage`. */
export function AlarmCard({
  alarm,
  places,
  manage,
  onChanged,
}: {
  alarm: AlarmDTO;
  places: AlarmPlaces;
  manage: boolean;
  onChanged?: (alarm: AlarmDTO) => void;
}) {
  const t = useTranslations("alarms");
  const unit = alarm.unitId ? places.units[alarm.unitId] : null;
  const where = unit ? t("place.unit", { unit }) : t("place.common");
  const by = (ref: AlarmDTO["acknowledgedBy"]) =>
    ref?.kind === "system" ? t("system") : (ref?.name ?? t("someone"));
  return (
    <li
      id={`alarm-${alarm.id}`}
      data-testid="alarm"
      data-cause={alarm.cause}
      data-status={alarm.status}
      className={cn(
        "rounded-lg border bg-white p-4 shadow-sm",
        alarm.status === "active" && alarm.severity === "critical" ? "border-red-300" : "border-slate-200",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="font-semibold text-slate-900">{t(`cause.${alarm.cause}`)}</h3>
        <Badge tone={TONE[alarm.severity]}>{t(`severity.${alarm.severity}`)}</Badge>
        <Badge
          tone={alarm.status === "active" ? "danger" : alarm.status === "acknowledged" ? "info" : "success"}
        >
          {t(`status.${alarm.status}`)}
        </Badge>
      </div>
      <p className="mt-1 text-slate-700 text-sm">
        {places.devices[alarm.deviceId] ?? alarm.deviceId} · {where}
      </p>
      <p className="mt-1 text-slate-600 text-xs">
        {t.rich("started", { date: () => <RelativeTime value={alarm.startedAt} /> })} ·{" "}
        {t.rich("lastSeen", { date: () => <RelativeTime value={alarm.lastSeenAt} /> })} ·{" "}
        {t("repeats", { count: alarm.count })}
      </p>
      {alarm.acknowledgedAt ? (
        <p className="mt-1 text-slate-600 text-xs">
          {t.rich("acknowledgedBy", {
            name: by(alarm.acknowledgedBy),
            date: () => <RelativeTime value={alarm.acknowledgedAt ?? ""} />,
          })}
          {alarm.acknowledgeNote ? ` — “${alarm.acknowledgeNote}”` : ""}
        </p>
      ) : null}
      {alarm.clearedAt ? (
        <p className="mt-1 text-slate-600 text-xs">
          {t.rich("clearedBy", {
            name: by(alarm.clearedBy),
            date: () => <RelativeTime value={alarm.clearedAt ?? ""} />,
          })}
          {alarm.clearNote ? ` — “${alarm.clearNote}”` : ""}
        </p>
      ) : null}
      {manage && (alarm.ticketId || alarm.missionId) ? (
        <p className="mt-1 flex gap-3 text-sm">
          {alarm.ticketId ? (
            <Link className="text-brand-700 underline" href={`/staff/tickets/${alarm.ticketId}`}>
              {t("ticket")}
            </Link>
          ) : null}
          {alarm.missionId ? (
            <Link className="text-brand-700 underline" href={`/staff/missions/${alarm.missionId}`}>
              {t("mission")}
            </Link>
          ) : null}
        </p>
      ) : null}
      {manage && alarm.status !== "cleared" && onChanged ? (
        <AlarmActions alarmId={alarm.id} status={alarm.status} onChanged={onChanged} />
      ) : null}
    </li>
  );
}
