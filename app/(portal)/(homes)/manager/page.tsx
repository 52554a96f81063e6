import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DashboardCharts } from "@/components/dashboard/dashboard-charts";
import { HomeSection } from "@/components/home/section";
import { PageHeader } from "@/components/ui/page-header";
import {
  BedDouble,
  Building2,
  Cpu,
  Hand,
  LogIn,
  LogOut,
  Timer,
  Users,
  Wrench,
} from "@/components/ui/server-icons";
import { Stat, StatGrid } from "@/components/ui/stat";
import { asDay, DAY_FORMAT } from "@/lib/format";
import { getManagerHome } from "@/server/services/home/get-manager-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manager"))("metaTitle") };
}

export default rolePage(["manager"], async function ManagerHomePage(actor) {
  const [h, t, d, format, ht] = await Promise.all([
    getManagerHome(actor),
    getTranslations("manager"),
    getTranslations("dashboard"),
    getFormatter(),
    getTranslations("handover"),
  ]);
  const handovers = h.handovers;
  const occupancy = h.units.rentable ? Math.round((h.stays.inHouse / h.units.rentable) * 100) : 0;
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={`${format.dateTime(asDay(h.today), DAY_FORMAT)} · ${h.timezone}`}
        title={h.buildingName}
        description={t("description")}
      />
      <HomeSection id="summary-title" title={t("summary")}>
        <StatGrid>
          <Stat
            label={t("units")}
            value={<span data-testid="units-total">{h.units.total}</span>}
            icon={<Building2 />}
            hint={t("unitsHint", { rentable: h.units.rentable, unavailable: h.units.unavailable })}
          />
          <Stat
            label={t("inHouse")}
            value={h.stays.inHouse}
            icon={<BedDouble />}
            hint={t("inHouseHint", { percent: occupancy })}
          />
          <Stat label={t("arrivals")} value={h.stays.arrivalsToday} icon={<LogIn />} />
          <Stat label={t("departures")} value={h.stays.departuresToday} icon={<LogOut />} />
          <Stat
            label={t("openTickets")}
            value={h.tickets.open}
            icon={<Wrench />}
            tone={h.tickets.open ? "warning" : "neutral"}
            hint={t("ticketsHint", { inProgress: h.tickets.inProgress, waiting: h.tickets.waiting })}
          />
          <Stat
            label={t("devicesOnline")}
            value={`${h.devices.online}/${h.devices.total}`}
            icon={<Cpu />}
            tone={h.devices.offline ? "danger" : "success"}
            hint={t("devicesHint", { offline: h.devices.offline, lowBattery: h.devices.lowBattery })}
          />
          <Stat label={t("people")} value={h.people} icon={<Users />} hint={t("peopleHint")} />
          <Stat
            label={ht("stats.waiting")}
            value={<span data-testid="handovers-waiting">{handovers.open}</span>}
            icon={<Hand />}
            tone={handovers.open ? "warning" : "neutral"}
          />
          <Stat
            label={ht("stats.median")}
            value={
              <span data-testid="handover-median">
                {handovers.medianFirstReplyMinutes === null
                  ? ht("stats.none")
                  : ht("stats.minutes", { value: format.number(handovers.medianFirstReplyMinutes) })}
              </span>
            }
            icon={<Timer />}
            hint={ht("stats.answered", { count: handovers.answered })}
          />
        </StatGrid>
      </HomeSection>
      <HomeSection id="charts-title" title={d("chartsTitle")}>
        <DashboardCharts
          data={{
            occupancy: h.occupancy,
            ticketAges: h.ticketAges,
            accessByDay: h.accessByDay,
            devices: h.devices,
          }}
        />
      </HomeSection>
    </div>
  );
});
