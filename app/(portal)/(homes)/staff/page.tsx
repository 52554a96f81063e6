import { BatteryLow, DoorOpen, Wifi, WifiOff } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { StaffAlarmsSection } from "@/app/(portal)/staff/alarms/staff-alarms-section";
import { HomeSection } from "@/components/home/section";
import { StaysTable } from "@/components/reservations/stays-table";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { getStaffHome, LOW_BATTERY_PERCENT } from "@/server/services/home/get-staff-home";

/** "20 of 412 shown: see all stays", a link to the reservations page: only when the home shows a first page of a longer list. */
function ShownOf({ shown, total, label }: { shown: number; total: number; label: string }) {
  if (shown >= total) return null;
  return (
    <p className="mt-2 text-sm">
      <Link href="/staff/reservations" className="text-brand-700 underline">
        {label}
      </Link>
    </p>
  );
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("staff"))("metaTitle") };
}

export default rolePage(["staff", "manager"], async function StaffHomePage(actor) {
  const [home, t, td, format] = await Promise.all([
    getStaffHome(actor),
    getTranslations("staff"),
    getTranslations("stayDay"),
    getFormatter(),
  ]);
  const d = home.devices;
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={format.dateTime(asDay(home.today), DAY_FORMAT)}
        title={t("title", { building: home.buildingName })}
        description={t("description")}
      />
      <StaffAlarmsSection alarms={home.alarms} />
      <HomeSection id="devices-title" title={t("devices")}>
        <StatGrid>
          <Stat
            label={t("devicesTotal")}
            value={<span data-testid="devices-total">{d.total}</span>}
            icon={<DoorOpen />}
            hint={t("locks", { count: d.locks })}
          />
          <Stat
            label={t("online")}
            value={d.online}
            icon={<Wifi />}
            tone="success"
            hint={d.total ? t("onlineShare", { percent: Math.round((d.online / d.total) * 100) }) : undefined}
          />
          <Stat
            label={t("offline")}
            value={d.offline}
            icon={<WifiOff />}
            tone={d.offline ? "danger" : "neutral"}
            hint={d.offline ? t("offlineHint") : t("allReachable")}
          />
          <Stat
            label={t("lowBattery")}
            value={d.lowBattery}
            icon={<BatteryLow />}
            tone={d.lowBattery ? "warning" : "neutral"}
            hint={t("lowBatteryHint", { percent: LOW_BATTERY_PERCENT })}
          />
        </StatGrid>
        {home.offlineDevices.length ? (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label={t("offlineList")}>
            {home.offlineDevices.map((dev) => (
              <li key={dev.id} className="rounded-md border border-red-200 bg-red-50 px-2 py-1 text-red-900">
                {dev.name}
              </li>
            ))}
          </ul>
        ) : null}
      </HomeSection>
      <div className="grid gap-8 lg:grid-cols-2">
        <HomeSection id="arrivals-title" title={t("arrivals")}>
          <StaysTable
            caption={t("arrivalsCaption")}
            rows={home.arrivals.rows}
            empty={t("arrivalsEmpty")}
            readiness
          />
          <ShownOf
            shown={home.arrivals.rows.length}
            total={home.arrivals.total}
            label={t("shownOf", { shown: home.arrivals.rows.length, total: home.arrivals.total })}
          />
        </HomeSection>
        <HomeSection id="departures-title" title={t("departures")}>
          <StaysTable
            caption={t("departuresCaption")}
            rows={home.departures.rows}
            empty={t("departuresEmpty")}
          />
          <ShownOf
            shown={home.departures.rows.length}
            total={home.departures.total}
            label={t("shownOf", { shown: home.departures.rows.length, total: home.departures.total })}
          />
        </HomeSection>
        <HomeSection id="late-title" title={td("late")}>
          <StaysTable caption={td("lateCaption")} rows={home.late.rows} empty={td("lateEmpty")} />
          <ShownOf
            shown={home.late.rows.length}
            total={home.late.total}
            label={t("shownOf", { shown: home.late.rows.length, total: home.late.total })}
          />
        </HomeSection>
        <HomeSection id="in-house-title" title={td("inHouse")}>
          <StaysTable caption={td("inHouseCaption")} rows={home.inHouse.rows} empty={td("inHouseEmpty")} />
          <ShownOf
            shown={home.inHouse.rows.length}
            total={home.inHouse.total}
            label={t("shownOf", { shown: home.inHouse.rows.length, total: home.inHouse.total })}
          />
        </HomeSection>
      </div>
    </div>
  );
});
