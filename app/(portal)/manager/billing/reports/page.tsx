import { BarChart3 } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { FinanceChartsLazy } from "@/components/reports/finance-charts-lazy";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import {
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHead,
  TableHeader,
  TableRow,
} from "@/components/ui/table";
import { financeReportQuerySchema, monthsBetween, REPORT_TABLES } from "@/lib/domain/finance-report";
import { todayIn } from "@/lib/domain/stay-dates";
import { formatMoney } from "@/lib/money";
import { getBuilding } from "@/server/services/building/get-building";
import { getFinanceReport } from "@/server/services/reports/get-finance-report";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("financeReport"))("title") };
}

type Search = Promise<{ from?: string; to?: string }>;

/** The board's finance report (managers): a month range, two charts with tables, arrears by unit, CSV exports. */
export default rolePage(
  ["manager"],
  async function FinanceReportPage(actor, { searchParams }: { searchParams: Search }) {
    const [sp, building, t, locale] = await Promise.all([
      searchParams,
      getBuilding(actor),
      getTranslations("financeReport"),
      getLocale(),
    ]);
    const thisMonth = todayIn(building.timezone).slice(0, 7);
    const fallbackFrom = monthsBetween(
      `${Number(thisMonth.slice(0, 4)) - 1}-${thisMonth.slice(5)}`,
      thisMonth,
    )[1];
    const parsed = financeReportQuerySchema.safeParse({
      from: sp.from ?? fallbackFrom,
      to: sp.to ?? thisMonth,
    });
    const range = parsed.success ? parsed.data : { from: fallbackFrom, to: thisMonth };
    const report = await getFinanceReport(actor, range);
    const money = (minor: number) => formatMoney(minor, report.currency, locale);
    const exportHref = (table: string) =>
      `/api/v1/reports/finance/export?from=${range.from}&to=${range.to}&table=${table}`;
    const nothing = report.totals.billedMinor === 0 && report.totals.collectedMinor === 0;
    return (
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <Link href="/manager/billing" className="text-brand-700 text-sm underline underline-offset-4">
              {t("back")}
            </Link>
          }
        />
        <form method="get" className="flex flex-wrap items-end gap-3" aria-label={t("range")}>
          <label className="grid gap-1 text-sm" htmlFor="report-from">
            <span className="font-medium text-slate-800">{t("from")}</span>
            <Input id="report-from" type="month" name="from" defaultValue={range.from} required />
          </label>
          <label className="grid gap-1 text-sm" htmlFor="report-to">
            <span className="font-medium text-slate-800">{t("to")}</span>
            <Input id="report-to" type="month" name="to" defaultValue={range.to} required />
          </label>
          <Button type="submit">{t("show")}</Button>
          {parsed.success ? null : (
            <p role="alert" className="w-full text-red-700 text-sm">
              {t("badRange")}
            </p>
          )}
        </form>
        <div className="grid gap-4 sm:grid-cols-3">
          <Card>
            <CardHeader>
              <CardDescription>{t("collectionRate")}</CardDescription>
              <CardTitle data-testid="collection-rate">
                {report.collection.rateBps === null
                  ? "—"
                  : `${(report.collection.rateBps / 100).toFixed(1)}%`}
              </CardTitle>
            </CardHeader>
            <CardContent className="text-slate-600 text-sm">
              {t("collectionDetail", {
                paid: money(report.collection.paidMinor),
                billed: money(report.collection.billedMinor),
              })}
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardDescription>{t("income.collected")}</CardDescription>
              <CardTitle>{money(report.totals.collectedMinor)}</CardTitle>
            </CardHeader>
          </Card>
          <Card>
            <CardHeader>
              <CardDescription>{t("arrears.total")}</CardDescription>
              <CardTitle data-testid="arrears-total">{money(report.arrears.totals.totalMinor)}</CardTitle>
            </CardHeader>
          </Card>
        </div>
        {nothing ? (
          <EmptyState icon={<BarChart3 />} title={t("empty")} description={t("emptyBody")} />
        ) : (
          <FinanceChartsLazy report={report} locale={locale} />
        )}
        <section aria-labelledby="arrears-heading" className="space-y-3">
          <h2 id="arrears-heading" className="font-semibold text-lg text-slate-900">
            {t("arrears.title", { date: report.asOf })}
          </h2>
          {report.arrears.units.length === 0 ? (
            <p className="text-slate-600 text-sm">{t("arrears.none")}</p>
          ) : (
            <Table label={t("arrears.caption")}>
              <TableCaption srOnly>{t("arrears.caption")}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("arrears.unit")}</TableHead>
                  <TableHead className="text-right">{t("arrears.d1_30")}</TableHead>
                  <TableHead className="text-right">{t("arrears.d31_60")}</TableHead>
                  <TableHead className="text-right">{t("arrears.d61_90")}</TableHead>
                  <TableHead className="text-right">{t("arrears.d91_plus")}</TableHead>
                  <TableHead className="text-right">{t("arrears.total")}</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {report.arrears.units.map((u) => (
                  <TableRow key={u.unitId}>
                    <TableHead scope="row">{u.unitNumber}</TableHead>
                    <TableCell className="text-right tabular-nums">{money(u.d1_30)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(u.d31_60)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(u.d61_90)}</TableCell>
                    <TableCell className="text-right tabular-nums">{money(u.d91_plus)}</TableCell>
                    <TableCell className="text-right font-semibold tabular-nums">
                      {money(u.totalMinor)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
        </section>
        <section aria-labelledby="exports-heading" className="space-y-2">
          <h2 id="exports-heading" className="font-semibold text-lg text-slate-900">
            {t("exports.title")}
          </h2>
          <p className="text-slate-600 text-sm">{t("exports.hint")}</p>
          <ul className="flex flex-wrap gap-3">
            {REPORT_TABLES.map((table) => (
              <li key={table}>
                <a
                  href={exportHref(table)}
                  download
                  className="inline-flex min-h-11 items-center rounded-md border border-slate-300 px-3 text-brand-700 text-sm underline-offset-4 hover:underline"
                >
                  {t(`exports.${table}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </div>
    );
  },
);
