import { Cpu } from "lucide-react";
import type { Metadata } from "next";
import { getTimeZone, getTranslations } from "next-intl/server";
import { loadAccessPage } from "@/app/(portal)/_devices/load-access-page";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AccessLogFiltersForm } from "@/components/devices/access-log-filters";
import { AccessLogTable } from "@/components/devices/access-log-table";
import { filtersSearch, parseAccessFilters } from "@/components/devices/device-query";
import { ResidentDevices } from "@/components/devices/resident-devices";
import { Alert } from "@/components/ui/alert";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { featureEnabled } from "@/server/services/building/require-feature";
import { listDeviceUnits, listVisibleDevices } from "@/server/services/devices/list-device-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.resident"))("metaTitle") };
}

/** A resident's own units' devices (live, with their doors' lock and unlock) and their doors' event log. */
export default rolePage(
  ["resident"],
  async function ResidentDevicesPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<Record<string, string | string[] | undefined>>;
    },
  ) {
    const filters = parseAccessFilters(await searchParams);
    const timeZone = await getTimeZone();
    const [devices, units, page, t, commandsOn, tc] = await Promise.all([
      listVisibleDevices(actor),
      listDeviceUnits(actor),
      loadAccessPage(actor, filters, timeZone, 20),
      getTranslations("devices.resident"),
      featureEnabled(actor.buildingId, "deviceControl"),
      getTranslations("devices.commands"),
    ]);
    const unitNumbers = Object.fromEntries(units.map((u) => [u.id, u.number]));
    return (
      <div className="space-y-8">
        <PageHeader title={t("title")} description={t("description")} />
        {commandsOn ? null : <Alert tone="warning">{tc("off")}</Alert>}
        {devices.length === 0 ? (
          <EmptyState icon={<Cpu />} title={t("emptyTitle")} description={t("emptyBody")} />
        ) : (
          <ResidentDevices initial={devices} unitNumbers={unitNumbers} commands={commandsOn} />
        )}
        <section aria-labelledby="door-log-title" className="space-y-3">
          <h2 id="door-log-title" className="font-semibold text-lg text-slate-900">
            {t("logTitle")}
          </h2>
          <AccessLogFiltersForm
            filters={filters}
            devices={devices.filter((d) => d.type === "lock")}
            units={units}
            action="/resident/devices"
            commonArea={false}
          />
          {page.ok ? (
            <AccessLogTable
              key={filtersSearch(filters)}
              initial={page.data}
              filters={filters}
              deviceNames={Object.fromEntries(devices.map((d) => [d.id, d.name]))}
              unitNumbers={unitNumbers}
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
