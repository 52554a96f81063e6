import { Radar } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AdoptDeviceButton } from "@/components/manager/adopt-device-button";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import { addressKeyOf } from "@/server/services/discovery/adopt-discovered-device";
import {
  type DiscoveredDevice,
  listDiscoveredDevices,
} from "@/server/services/discovery/list-discovered-devices";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("discovery"))("title") };
}

/** Devices the building's Zigbee2MQTT and Shelly installations announce that are not registered yet. */
export default rolePage(["manager"], async function DiscoveredDevicesPage(actor) {
  const [devices, t, types] = await Promise.all([
    listDiscoveredDevices(actor),
    getTranslations("discovery"),
    getTranslations("registry.types"),
  ]);
  const columns = [
    { key: "name", header: t("columns.name"), rowHeader: true, cell: (d: DiscoveredDevice) => d.name },
    {
      key: "protocol",
      header: t("columns.protocol"),
      cell: (d: DiscoveredDevice) => <Badge>{t(`protocols.${d.protocol}`)}</Badge>,
    },
    { key: "type", header: t("columns.type"), cell: (d: DiscoveredDevice) => types(d.type) },
    {
      key: "model",
      header: t("columns.model"),
      cell: (d: DiscoveredDevice) => d.model || "—",
      hideOnPhone: true,
    },
    {
      key: "capabilities",
      header: t("columns.capabilities"),
      hideOnPhone: true,
      cell: (d: DiscoveredDevice) => <span className="text-xs">{d.capabilities.join(", ") || "—"}</span>,
    },
    {
      key: "adopt",
      header: t("columns.adopt"),
      cell: (d: DiscoveredDevice) => (
        <AdoptDeviceButton protocol={d.protocol} addressKey={addressKeyOf(d)} name={d.name} />
      ),
    },
  ];
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      {devices.length === 0 ? (
        <EmptyState icon={<Radar />} title={t("empty")} description={t("emptyBody")} />
      ) : (
        <DataTable
          caption={t("caption", { count: devices.length })}
          rows={devices}
          rowKey={(d) => `${d.protocol}:${addressKeyOf(d)}`}
          columns={columns}
        />
      )}
    </div>
  );
});
