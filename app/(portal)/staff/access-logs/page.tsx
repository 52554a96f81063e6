import { Download } from "lucide-react";
import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { loadAccessPage } from "@/app/(portal)/_devices/load-access-page";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AccessChart } from "@/components/devices/access-chart";
import { AccessLogFiltersForm } from "@/components/devices/access-log-filters";
import { AccessLogTable } from "@/components/devices/access-log-table";
import { accessApiSearch, filtersSearch, parseAccessFilters } from "@/components/devices/device-query";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { getAccessCounts } from "@/server/services/access-logs/get-access-counts";
import { listDeviceUnits, listVisibleDevices } from "@/server/services/devices/list-device-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.access"))("metaTitle") };
}

const CHART_DAYS = 14;

/** The building's door events: filters in the URL, a chart of events per day, cursor paging, CSV export. */
export default rolePage(
  ["staff", "manager"],
  async function StaffAccessLogsPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<Record<string, string | string[] | undefined>>;
    },
  ) {
    const filters = parseAccessFilters(await searchParams);
    const timeZone = await getTimeZone();
    const [page, devices, units, days, t] = await Promise.all([
      loadAccessPage(actor, filters, timeZone),
      listVisibleDevices(actor),
      listDeviceUnits(actor),
      getAccessCounts(actor, { fromDay: filters.from, toDay: filters.to, days: CHART_DAYS }),
      getTranslations("devices.access"),
    ]);
    const doors = devices.filter((d) => d.type === "lock" || d.type === "intercom");
    return (
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            <LinkButton
              variant="secondary"
              href={`/api/v1/access-logs?${accessApiSearch(filters, timeZone, { format: "csv" })}`}
              icon={Download}
              download
            >
              {t("csv")}
            </LinkButton>
          }
        />
        <AccessLogFiltersForm filters={filters} devices={doors} units={units} action="/staff/access-logs" />
        <Card>
          <CardHeader>
            <CardTitle id="access-chart-title">{t("chartTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AccessChart days={days} titleId="access-chart-title" />
          </CardContent>
        </Card>
        <section aria-labelledby="access-list-title" className="space-y-3">
          <h2 id="access-list-title" className="font-semibold text-lg text-slate-900">
            {t("listTitle")}
          </h2>
          {page.ok ? (
            <AccessLogTable
              key={filtersSearch(filters)}
              initial={page.data}
              filters={filters}
              deviceNames={Object.fromEntries(devices.map((d) => [d.id, d.name]))}
              unitNumbers={Object.fromEntries(units.map((u) => [u.id, u.number]))}
              deviceBase="/staff/devices"
            />
          ) : (
            <p role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-red-800 text-sm">
              {t(`refused.${page.code}`)}
            </p>
          )}
        </section>
      </div>
    );
  },
);
