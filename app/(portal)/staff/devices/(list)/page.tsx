import { Cpu } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DeviceFiltersForm } from "@/components/devices/device-filters";
import { parseDeviceFilters } from "@/components/devices/device-query";
import { isLowBattery } from "@/components/devices/device-state";
import { DeviceTable } from "@/components/devices/device-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listDeviceUnits, listVisibleDevices } from "@/server/services/devices/list-device-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("devices.list"))("metaTitle") };
}

/** Every device of the building with its live status; filters by type, place and status travel in the URL. */
export default rolePage(
  ["staff", "manager"],
  async function StaffDevicesPage(
    actor,
    {
      searchParams,
    }: {
      searchParams: Promise<Record<string, string | string[] | undefined>>;
    },
  ) {
    const filters = parseDeviceFilters(await searchParams);
    const { status, ...rest } = filters;
    const online = status === "online" || status === "offline" ? status : undefined;
    const [all, units, t] = await Promise.all([
      listVisibleDevices(actor, { ...rest, status: online }),
      listDeviceUnits(actor),
      getTranslations("devices.list"),
    ]);
    const devices = status === "low_battery" ? all.filter(isLowBattery) : all;
    const filtered = Object.keys(filters).length > 0;
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        <DeviceFiltersForm filters={filters} units={units} action="/staff/devices" />
        {devices.length === 0 ? (
          <EmptyState
            icon={<Cpu />}
            title={filtered ? t("noMatchTitle") : t("emptyTitle")}
            description={filtered ? t("noMatchBody") : t("emptyBody")}
            action={
              filtered ? (
                <LinkButton variant="secondary" href="/staff/devices">
                  {t("showAll")}
                </LinkButton>
              ) : null
            }
          />
        ) : (
          <DeviceTable
            key={JSON.stringify(filters)}
            initial={devices}
            unitNumbers={Object.fromEntries(units.map((u) => [u.id, u.number]))}
            detailBase="/staff/devices"
            filters={filters}
          />
        )}
      </div>
    );
  },
);
