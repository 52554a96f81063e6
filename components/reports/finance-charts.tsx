"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartFigure } from "@/components/dashboard/chart-figure";
import type { FinanceReport } from "@/lib/domain/finance-report";
import { formatMoney, minorDigits } from "@/lib/money";

/**
 * The finance report's two charts (income against expenses per month; short-stay occupancy per month), each with
 * its summary and its table. Loaded lazily (finance-charts-lazy.tsx): recharts is only fetched on this page.
 */
export default function FinanceCharts({ report, locale }: { report: FinanceReport; locale: string }) {
  const t = useTranslations("financeReport");
  const money = (minor: number) => formatMoney(minor, report.currency, locale);
  const major = (minor: number) => minor / 10 ** minorDigits(report.currency);
  const pct = (bps: number) => `${(bps / 100).toFixed(1)}%`;
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <ChartFigure
        id="chart-income"
        title={t("income.title")}
        summary={t("income.summary", {
          collected: money(report.totals.collectedMinor),
          expenses: money(report.totals.expensesMinor),
        })}
        headers={[
          t("month"),
          t("income.billed"),
          t("income.collected"),
          t("income.expenses"),
          t("income.net"),
        ]}
        rows={report.months.map((m) => [
          m.period,
          money(m.billedMinor),
          money(m.collectedMinor),
          money(m.expensesMinor),
          money(m.netMinor),
        ])}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={report.months.map((m) => ({
              period: m.period,
              billed: major(m.billedMinor),
              collected: major(m.collectedMinor),
              expenses: major(m.expensesMinor),
            }))}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} />
            <YAxis tick={{ fontSize: 11 }} width={56} />
            <Tooltip />
            <Legend />
            <Bar dataKey="billed" name={t("income.billed")} fill="#94a3b8" />
            <Bar dataKey="collected" name={t("income.collected")} fill="#16a34a" />
            <Bar dataKey="expenses" name={t("income.expenses")} fill="#dc2626" />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
      <ChartFigure
        id="chart-stays"
        title={t("stays.title")}
        summary={t("stays.summary", {
          gross: money(report.shortStay.reduce((s, m) => s + m.grossMinor, 0)),
          nights: report.shortStay.reduce((s, m) => s + m.nightsLet, 0),
        })}
        headers={[t("month"), t("stays.occupancy"), t("stays.adr"), t("stays.revpar"), t("stays.gross")]}
        rows={report.shortStay.map((m) => [
          m.period,
          pct(m.occupancyBps),
          money(m.adrMinor),
          money(m.revparMinor),
          money(m.grossMinor),
        ])}
        showTable={t("showTable")}
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart
            accessibilityLayer={false}
            data={report.shortStay.map((m) => ({ period: m.period, occupancy: m.occupancyBps / 100 }))}
          >
            <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
            <XAxis dataKey="period" tick={{ fontSize: 11 }} />
            <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 11 }} width={44} />
            <Tooltip />
            <Bar dataKey="occupancy" name={t("stays.occupancy")} fill="#2563eb" />
          </BarChart>
        </ResponsiveContainer>
      </ChartFigure>
    </div>
  );
}
