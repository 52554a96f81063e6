import { BatteryLow, DoorOpen, Wifi, WifiOff } from "lucide-react";
import type { Metadata } from "next";
import { HomeSection } from "@/components/home/section";
import { NotAllowed } from "@/components/portal/not-allowed";
import { StaysTable } from "@/components/reservations/stays-table";
import { PageHeader } from "@/components/ui/page-header";
import { Stat, StatGrid } from "@/components/ui/stat";
import { formatStayDate } from "@/lib/format";
import { pageActor } from "@/server/auth/page-guard";
import { getStaffHome } from "@/server/services/get-staff-home";

export const metadata: Metadata = { title: "Today" };

export default async function StaffHomePage() {
  const { actor, allowed } = await pageActor(["staff", "manager"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const home = await getStaffHome(actor);
  const d = home.devices;
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={formatStayDate(home.today)}
        title={`Today at ${home.buildingName}`}
        description="Who arrives, who leaves, and how the building's devices are doing."
      />
      <HomeSection id="devices-title" title="Devices">
        <StatGrid>
          <Stat
            label="Devices"
            value={<span data-testid="devices-total">{d.total}</span>}
            icon={<DoorOpen />}
            hint={`${d.locks} locks`}
          />
          <Stat
            label="Online"
            value={d.online}
            icon={<Wifi />}
            tone="success"
            hint={d.total ? `${Math.round((d.online / d.total) * 100)}% of devices` : undefined}
          />
          <Stat
            label="Offline"
            value={d.offline}
            icon={<WifiOff />}
            tone={d.offline ? "danger" : "neutral"}
            hint={d.offline ? "Check them below" : "All reachable"}
          />
          <Stat
            label="Low battery"
            value={d.lowBattery}
            icon={<BatteryLow />}
            tone={d.lowBattery ? "warning" : "neutral"}
            hint="Below 20%"
          />
        </StatGrid>
        {home.offlineDevices.length ? (
          <ul className="mt-3 flex flex-wrap gap-2 text-sm" aria-label="Offline devices">
            {home.offlineDevices.map((dev) => (
              <li key={dev.id} className="rounded-md border border-red-200 bg-red-50 px-2 py-1 text-red-900">
                {dev.name}
              </li>
            ))}
          </ul>
        ) : null}
      </HomeSection>
      <div className="grid gap-8 lg:grid-cols-2">
        <HomeSection id="arrivals-title" title="Arrivals today">
          <StaysTable caption="Stays that check in today" rows={home.arrivals} empty="No arrivals today." />
        </HomeSection>
        <HomeSection id="departures-title" title="Departures today">
          <StaysTable
            caption="Stays that check out today"
            rows={home.departures}
            empty="No departures today."
          />
        </HomeSection>
      </div>
    </div>
  );
}
