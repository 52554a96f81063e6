import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { StaffAlarmsSection } from "@/app/(portal)/staff/alarms/staff-alarms-section";
import { HomeSection } from "@/components/home/section";
import { StaysTable } from "@/components/reservations/stays-table";
import { PageHeader } from "@/components/ui/page-header";
import { BatteryLow, DoorOpen, Wifi, WifiOff } from "@/components/ui/server-icons";
import { Stat, StatGrid } from "@/components/ui/stat";
import { asDay, DAY_FORMAT } from "@/lib/format";
import {
  getStaffHome,
  type Listed,
  LOW_BATTERY_PERCENT,
  type StayRow,
} from "@/server/services/home/get-staff-home";

/**
 * One of the home's stay lists: its first rows, and "20 of 412 shown: see all stays" (a link to the reservations
 * page) only when the list is longer than what is shown.
 */
function StayList({
  id,
  title,
  caption,
  empty,
  list,
  shownOf,
  readiness,
}: {
  id: string;
  title: string;
  caption: string;
  empty: string;
  list: Listed<StayRow>;
  shownOf: (shown: number, total: number) => string;
  readiness?: boolean;
}) {
  const shown = list.rows.length;
  return (
    <HomeSection id={id} title={title}>
      <StaysTable caption={caption} rows={list.rows} empty={empty} readiness={readiness} />
      {shown < list.total ? (
        <p className="mt-2 text-sm">
          <Link href="/staff/reservations" className="text-brand-700 underline">
            {shownOf(shown, list.total)}
          </Link>
        </p>
      ) : null}
    </HomeSection>
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
  const shownOf = (shown: number, total: number) => t("shownOf", { shown, total });
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
        <StayList
          id="arrivals-title"
          title={t("arrivals")}
          caption={t("arrivalsCaption")}
          empty={t("arrivalsEmpty")}
          list={home.arrivals}
          shownOf={shownOf}
          readiness
        />
        <StayList
          id="departures-title"
          title={t("departures")}
          caption={t("departuresCaption")}
          empty={t("departuresEmpty")}
          list={home.departures}
          shownOf={shownOf}
        />
        <StayList
          id="late-title"
          title={td("late")}
          caption={td("lateCaption")}
          empty={td("lateEmpty")}
          list={home.late}
          shownOf={shownOf}
        />
        <StayList
          id="in-house-title"
          title={td("inHouse")}
          caption={td("inHouseCaption")}
          empty={td("inHouseEmpty")}
          list={home.inHouse}
          shownOf={shownOf}
        />
      </div>
    </div>
  );
});
