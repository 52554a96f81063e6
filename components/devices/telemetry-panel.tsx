"use client";

import { LineChart as LineChartIcon } from "lucide-react";
import dynamic from "next/dynamic";
import { useFormatter, useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { Spinner } from "@/components/ui/spinner";
import { DataTable } from "@/components/ui/table";
import { cn } from "@/lib/cn";
import type { DeviceTelemetry, TelemetrySeries } from "@/lib/domain/telemetry";
import { TELEMETRY_RANGE_NAMES, type TelemetryRange } from "@/lib/domain/telemetry-constants";

const TelemetryChart = dynamic(() => import("./telemetry-chart"), {
  ssr: false,
  loading: () => <Skeleton className="h-48 w-full" />,
});

const KNOWN_METRICS = [
  "temperature",
  "humidity",
  "battery",
  "pressure",
  "voltage",
  "linkquality",
  "co_ppm",
] as const;
type KnownMetric = (typeof KNOWN_METRICS)[number];
const isKnown = (m: string): m is KnownMetric => (KNOWN_METRICS as readonly string[]).includes(m);

/**
 * A device's sensor history: one chart per metric (min–max band, average line) for 24 h, 7 d or 30 d, each
 * with a summary sentence and its numbers as a table. The first range comes with the page; others are fetched
 * from `GET /api/v1/devices/{id}/telemetry`.
 */
export function TelemetryPanel({ deviceId, initial }: { deviceId: string; initial: DeviceTelemetry }) {
  const t = useTranslations("telemetry");
  const [data, setData] = useState(initial);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const titleId = useId();

  async function choose(range: TelemetryRange) {
    if (range === data.range && !failed) return;
    setLoading(true);
    setFailed(false);
    try {
      const res = await fetch(`/api/v1/devices/${encodeURIComponent(deviceId)}/telemetry?range=${range}`);
      if (!res.ok) throw new Error(String(res.status));
      setData((await res.json()) as DeviceTelemetry);
    } catch {
      setFailed(true);
    } finally {
      setLoading(false);
    }
  }

  return (
    <Card>
      <CardHeader className="flex flex-row flex-wrap items-start justify-between gap-3">
        <div className="space-y-1">
          <CardTitle id={titleId}>{t("title")}</CardTitle>
          <CardDescription>{t("description")}</CardDescription>
        </div>
        {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of toggle buttons, not a form field set */}
        <div
          role="group"
          aria-label={t("rangeLabel")}
          className="inline-flex rounded-md border border-slate-300"
        >
          {TELEMETRY_RANGE_NAMES.map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={data.range === r}
              onClick={() => void choose(r)}
              className={cn(
                "min-h-10 px-3 text-sm first:rounded-l-md last:rounded-r-md",
                data.range === r ? "bg-brand-600 text-white" : "bg-white text-slate-800 hover:bg-slate-50",
              )}
            >
              {t(`ranges.${r}`)}
            </button>
          ))}
        </div>
      </CardHeader>
      <CardContent className="space-y-6" aria-busy={loading}>
        {loading ? <Spinner label={t("loading")} /> : null}
        {failed ? (
          <p role="alert" className="text-red-700 text-sm">
            {t("error")}
          </p>
        ) : null}
        {data.series.length === 0 ? (
          <EmptyState
            headingLevel={3}
            icon={<LineChartIcon />}
            title={t("emptyTitle")}
            description={t("emptyBody")}
          />
        ) : (
          data.series.map((s) => <SeriesView key={s.metric} series={s} range={data.range} />)
        )}
      </CardContent>
    </Card>
  );
}

function SeriesView({ series, range }: { series: TelemetrySeries; range: TelemetryRange }) {
  const t = useTranslations("telemetry");
  const format = useFormatter();
  const name = isKnown(series.metric) ? t(`metrics.${series.metric}`) : series.metric;
  const label = (iso: string) =>
    range === "24h"
      ? format.dateTime(new Date(iso), { hour: "2-digit", minute: "2-digit" })
      : format.dateTime(new Date(iso), { month: "short", day: "numeric", hour: "2-digit" });
  const rows = series.buckets.map((b) => ({ ...b, label: label(b.at) }));
  const points = rows.map((b) => ({ label: b.label, avg: b.avg, band: [b.min, b.max] as [number, number] }));
  const lows = series.buckets.map((b) => b.min);
  const highs = series.buckets.map((b) => b.max);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="space-y-2" data-testid={`telemetry-${series.metric}`}>
      <h3 id={headingId} className="font-medium text-slate-900">
        {name}
      </h3>
      <p className="text-slate-600 text-sm">
        {t("summary", {
          min: Math.min(...lows),
          max: Math.max(...highs),
          last: series.last?.value ?? "—",
          when: series.last
            ? format.dateTime(new Date(series.last.at), { dateStyle: "medium", timeStyle: "short" })
            : "—",
        })}
      </p>
      <TelemetryChart points={points} avgName={t("avg")} rangeName={t("band")} />
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("asTable", { metric: name })}</summary>
        <DataTable
          className="mt-2"
          caption={t("tableCaption", { metric: name })}
          captionHidden
          columns={[
            { key: "at", header: t("time"), rowHeader: true, cell: (b) => b.label },
            { key: "min", header: t("min"), align: "right", cell: (b) => format.number(b.min) },
            { key: "avg", header: t("avg"), align: "right", cell: (b) => format.number(b.avg) },
            { key: "max", header: t("max"), align: "right", cell: (b) => format.number(b.max) },
            { key: "count", header: t("count"), align: "right", cell: (b) => b.count },
          ]}
          rows={rows}
          rowKey={(b) => b.at}
        />
      </details>
    </section>
  );
}
