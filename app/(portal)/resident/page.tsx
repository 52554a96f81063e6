import { Home } from "lucide-react";
import type { Metadata } from "next";
import { HomeSection } from "@/components/home/section";
import { NotAllowed } from "@/components/portal/not-allowed";
import { StaysTable } from "@/components/reservations/stays-table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";
import { getResidentHome } from "@/server/services/get-resident-home";

export const metadata: Metadata = { title: "Home" };

export default async function ResidentHomePage() {
  const { actor, allowed } = await pageActor(["resident"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const home = await getResidentHome(actor);
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={home.buildingName}
        title={`Welcome, ${actor.name?.split(" ")[0] ?? ""}`}
        description="Your home, your guests' stays and your requests."
      />
      <HomeSection id="units-title" title="Your units">
        {home.units.length === 0 ? (
          <EmptyState
            icon={<Home />}
            title="No unit linked to your account"
            description="Ask your building manager to add you to your unit."
          />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {home.units.map((u) => (
              <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <p className="font-semibold text-slate-900">Unit {u.number}</p>
                <p className="text-slate-600 text-sm">
                  Floor {u.floor} · up to {u.capacity} guests
                </p>
                <div className="mt-2 flex gap-2">
                  <Badge tone={u.status === "active" ? "success" : "warning"}>
                    {u.status === "active" ? "Active" : u.status === "blocked" ? "Blocked" : "Maintenance"}
                  </Badge>
                  {u.rentable ? <Badge tone="brand">Short stays</Badge> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </HomeSection>
      <HomeSection id="stays-title" title="Upcoming stays">
        <StaysTable
          caption="Current and upcoming stays of your units"
          rows={home.upcomingStays}
          empty="No stays booked from today on."
        />
      </HomeSection>
      <HomeSection id="tickets-title" title="Your recent requests">
        {home.recentTickets.length === 0 ? (
          <p className="text-slate-600 text-sm">You have not opened any maintenance tickets.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {home.recentTickets.map((t) => (
              <li key={t.id} className="flex items-center justify-between gap-3 p-3">
                <span className="text-slate-900">{t.title}</span>
                <Badge tone={t.status === "resolved" || t.status === "closed" ? "neutral" : "info"}>
                  {t.status.replace("_", " ")}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </HomeSection>
    </div>
  );
}
