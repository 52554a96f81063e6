import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DeviceDetailView } from "@/components/devices/device-detail";
import { TelemetryPanel } from "@/components/devices/telemetry-panel";
import { NotAllowed } from "@/components/portal/not-allowed";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/permissions";
import { pageActor } from "@/server/auth/page-guard";
import { featureEnabled } from "@/server/services/building/require-feature";
import { listDeviceUnits } from "@/server/services/devices/list-device-options";
import { getDeviceTelemetry } from "@/server/services/telemetry/get-device-telemetry";
import { loadDevice } from "./load-device";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return {};
  const detail = await loadDevice((await params).id);
  return detail ? { title: detail.device.name } : {};
}

/** One device: live status and state, commands with their outcomes, door events and door codes. */
export default rolePage(["staff", "manager"], async function StaffDevicePage(actor, { params }: Props) {
  const id = (await params).id;
  const [detail, units, t, commandsOn, tc] = await Promise.all([
    loadDevice(id),
    listDeviceUnits(actor),
    getTranslations("devices.detail"),
    featureEnabled(actor.buildingId, "deviceControl"),
    getTranslations("devices.commands"),
  ]);
  if (!detail) return <NotAllowed role={actor.role} />;
  const d = detail.device;
  const telemetry = await getDeviceTelemetry(actor, d.id, "24h");
  const unit = d.unitId ? units.find((u) => u.id === d.unitId) : undefined;
  const place = d.unitId ? t("unit", { number: unit?.number ?? "?" }) : t("commonArea");
  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow={
          <Link
            href="/staff/devices"
            className="inline-flex items-center gap-1 text-brand-700 hover:underline"
          >
            <ArrowLeft aria-hidden="true" className="size-4" />
            {t("back")}
          </Link>
        }
        title={d.name}
        description={d.location || undefined}
        actions={
          <Link
            href={`/staff/access-logs?deviceId=${encodeURIComponent(d.id)}`}
            className="text-brand-700 text-sm underline-offset-4 hover:underline"
          >
            {t("allAccess")}
          </Link>
        }
      />
      {commandsOn ? null : <Alert tone="warning">{tc("off")}</Alert>}
      <DeviceDetailView
        initial={detail}
        place={place}
        canCommand={commandsOn && can(actor, "device.command")}
      />
      <TelemetryPanel deviceId={d.id} initial={telemetry} />
    </div>
  );
});
