import { Cpu, Plus } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { DataTable } from "@/components/ui/table";
import type { RegistryDevice } from "@/server/services/devices/device-registry-dto";
import { listDeviceRegistry } from "@/server/services/devices/list-device-registry";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("title") };
}

/** The device registry: every device of the building with where it talks on MQTT; retired ones listed apart. */
export default rolePage(["manager"], async function DeviceRegistryPage(actor) {
  const [devices, units, t, types, discovery] = await Promise.all([
    listDeviceRegistry(actor),
    listUnitsForManager(actor),
    getTranslations("registry"),
    getTranslations("registry.types"),
    getTranslations("discovery"),
  ]);
  const unitNumber = new Map(units.map((u) => [u.id, u.number]));
  const place = (d: RegistryDevice) =>
    d.unitId ? t("unitOption", { number: unitNumber.get(d.unitId) ?? "?" }) : t("commonArea");
  const active = devices.filter((d) => !d.retiredAt);
  const retired = devices.filter((d) => d.retiredAt);
  const columns = [
    {
      key: "name",
      header: t("columns.name"),
      rowHeader: true,
      cell: (d: RegistryDevice) => (
        <Link href={`/manager/devices/${d.id}`} className="text-brand-700 underline">
          {d.name}
        </Link>
      ),
    },
    { key: "type", header: t("columns.type"), cell: (d: RegistryDevice) => types(d.type) },
    { key: "place", header: t("columns.place"), cell: place },
    {
      key: "model",
      header: t("columns.model"),
      cell: (d: RegistryDevice) => d.model || "—",
      hideOnPhone: true,
    },
    {
      key: "status",
      header: t("columns.status"),
      cell: (d: RegistryDevice) =>
        d.retiredAt ? (
          <Badge>{t("status.retired")}</Badge>
        ) : d.online ? (
          <Badge tone="success">{t("status.online")}</Badge>
        ) : (
          <Badge tone="warning">{t("status.offline")}</Badge>
        ),
    },
    {
      key: "topic",
      header: t("columns.topic"),
      hideOnPhone: true,
      cell: (d: RegistryDevice) => <code className="break-all text-xs">{d.topicBase}</code>,
    },
  ];
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <>
            <LinkButton variant="secondary" href="/manager/devices/discovered">
              {discovery("link")}
            </LinkButton>
            <LinkButton href="/manager/devices/new" icon={Plus}>
              {t("register")}
            </LinkButton>
          </>
        }
      />
      {devices.length === 0 ? (
        <EmptyState icon={<Cpu />} title={t("empty")} description={t("emptyBody")} />
      ) : (
        <DataTable
          caption={t("caption", { count: active.length })}
          rows={active}
          rowKey={(d) => d.id}
          columns={columns}
          empty={t("noActive")}
        />
      )}
      {retired.length ? (
        <DataTable
          caption={t("retiredCaption", { count: retired.length })}
          rows={retired}
          rowKey={(d) => d.id}
          columns={columns}
        />
      ) : null}
    </div>
  );
});
