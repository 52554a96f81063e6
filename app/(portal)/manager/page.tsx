import { BedDouble, Building2, Cpu, LogIn, LogOut, Users, Wrench } from "lucide-react";
import type { Metadata } from "next";
import { HomeSection } from "@/components/home/section";
import { NotAllowed } from "@/components/portal/not-allowed";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { formatStayDate } from "@/lib/format";
import { pageActor } from "@/server/auth/page-guard";
import { getManagerHome } from "@/server/services/get-manager-home";

export const metadata: Metadata = { title: "Dashboard" };

export default async function ManagerHomePage() {
  const { actor, allowed } = await pageActor(["manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const h = await getManagerHome(actor);
  const occupancy = h.units.rentable ? Math.round((h.stays.inHouse / h.units.rentable) * 100) : 0;
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={`${formatStayDate(h.today)} · ${h.timezone}`}
        title={h.buildingName}
        description="The building at a glance."
      />
      <HomeSection id="summary-title" title="Building summary">
        <StatGrid>
          <Stat
            label="Units"
            value={<span data-testid="units-total">{h.units.total}</span>}
            icon={<Building2 />}
            hint={`${h.units.rentable} let as short stays · ${h.units.unavailable} unavailable`}
          />
          <Stat
            label="Stays in house"
            value={h.stays.inHouse}
            icon={<BedDouble />}
            hint={`${occupancy}% of rentable units tonight`}
          />
          <Stat label="Arrivals today" value={h.stays.arrivalsToday} icon={<LogIn />} />
          <Stat label="Departures today" value={h.stays.departuresToday} icon={<LogOut />} />
          <Stat
            label="Open tickets"
            value={h.tickets.open}
            icon={<Wrench />}
            tone={h.tickets.open ? "warning" : "neutral"}
            hint={`${h.tickets.inProgress} in progress · ${h.tickets.waiting} waiting`}
          />
          <Stat
            label="Devices online"
            value={`${h.devices.online}/${h.devices.total}`}
            icon={<Cpu />}
            tone={h.devices.offline ? "danger" : "success"}
            hint={`${h.devices.offline} offline · ${h.devices.lowBattery} low battery`}
          />
          <Stat label="People" value={h.people} icon={<Users />} hint="Accounts in this building" />
        </StatGrid>
      </HomeSection>
    </div>
  );
}
