import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AlarmSettingsForm } from "@/components/alarms/alarm-settings-form";
import { PageHeader } from "@/components/ui/page-header";
import { alarmSetting } from "@/lib/domain/alarm-rules";
import { isRetired } from "@/lib/domain/device";
import { getBuilding } from "@/server/services/building/get-building";
import { listDeviceRegistry } from "@/server/services/devices/list-device-registry";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alarmSettings"))("metaTitle") };
}

/** The building's alarm thresholds and the rules' actions (valve, escalation contact, backup access). */
export default rolePage(["manager"], async function AlarmSettingsPage(actor) {
  const [building, devices, t] = await Promise.all([
    getBuilding(actor),
    listDeviceRegistry(actor),
    getTranslations("alarmSettings"),
  ]);
  const live = devices.filter((d) => !isRetired(d));
  const of = (types: string[]) =>
    live.filter((d) => types.includes(d.type)).map((d) => ({ id: d.id, name: d.name }));
  const a = building.config.alarms;
  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t("pageTitle")} description={t("pageDescription")} />
      <AlarmSettingsForm
        settings={{
          thresholds: alarmSetting(a, "thresholds"),
          shutOff: alarmSetting(a, "shutOff"),
          escalation: alarmSetting(a, "escalation"),
          backupAccess: alarmSetting(a, "backupAccess"),
        }}
        sensors={of(["sensor", "thermostat"])}
        valves={of(["valve"])}
        locks={live.filter((d) => d.type === "lock" && !d.unitId).map((d) => ({ id: d.id, name: d.name }))}
      />
    </div>
  );
});
