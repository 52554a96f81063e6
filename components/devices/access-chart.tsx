"use client";

import { useFormatter, useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { DataTable } from "@/components/ui/table";
import type { AccessDayCount } from "@/lib/domain/access-log";

/**
 * Door events per day, granted and denied stacked. The drawing is for the eye (hidden from screen readers); the
 * same numbers are a summary sentence and a table anyone can open, so nothing is only in the picture.
 */
export function AccessChart({ days, titleId }: { days: AccessDayCount[]; titleId: string }) {
  const t = useTranslations("devices.chart");
  const format = useFormatter();
  const label = (day: string) =>
    format.dateTime(new Date(`${day}T12:00:00Z`), { month: "short", day: "numeric", timeZone: "UTC" });
  const data = days.map((d) => ({ ...d, label: label(d.day) }));
  const granted = days.reduce((s, d) => s + d.granted, 0);
  const denied = days.reduce((s, d) => s + d.denied, 0);
  return (
    <figure className="space-y-3" aria-labelledby={titleId}>
      <figcaption className="text-slate-600 text-sm">
        {t("summary", { days: days.length, granted, denied })}
      </figcaption>
      <div aria-hidden="true" className="h-60 w-full">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            data={data}
            accessibilityLayer={false}
            margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} stroke="#e2e8f0" />
            <XAxis dataKey="label" tick={{ fontSize: 12, fill: "#475569" }} interval="preserveStartEnd" />
            <YAxis allowDecimals={false} tick={{ fontSize: 12, fill: "#475569" }} />
            <Tooltip />
            <Legend />
            <Bar dataKey="granted" name={t("granted")} stackId="a" fill="#047857" isAnimationActive={false} />
            <Bar dataKey="denied" name={t("denied")} stackId="a" fill="#b91c1c" isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("asTable")}</summary>
        <DataTable
          className="mt-2"
          caption={t("tableCaption")}
          captionHidden
          columns={[
            { key: "day", header: t("day"), rowHeader: true, cell: (d) => d.label },
            { key: "granted", header: t("granted"), align: "right", cell: (d) => d.granted },
            { key: "denied", header: t("denied"), align: "right", cell: (d) => d.denied },
            { key: "total", header: t("total"), align: "right", cell: (d) => d.total },
          ]}
          rows={data}
          rowKey={(d) => d.day}
        />
      </details>
    </figure>
  );
}
