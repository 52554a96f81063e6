import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { ReaderAnnouncements } from "@/components/announcements/reader-announcements";
import { HomeSection } from "@/components/home/section";
import { StaysTable } from "@/components/reservations/stays-table";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { House } from "@/components/ui/server-icons";
import { listReceivedAnnouncements } from "@/server/services/announcements/list-announcements";
import { getResidentHome } from "@/server/services/home/get-resident-home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resident"))("metaTitle") };
}

export default rolePage(["resident"], async function ResidentHomePage(actor) {
  const [home, t, unitStatus, ticketStatus, notices, ta] = await Promise.all([
    getResidentHome(actor),
    getTranslations("resident"),
    getTranslations("unitStatus"),
    getTranslations("ticketStatus"),
    listReceivedAnnouncements(actor, { limit: 10 }),
    getTranslations("announcements.reader"),
  ]);
  return (
    <div className="space-y-8">
      <PageHeader
        eyebrow={home.buildingName}
        title={t("title", { name: actor.name?.split(" ")[0] ?? "" })}
        description={t("description")}
      />
      <HomeSection id="announcements-title" title={ta("title")}>
        <ReaderAnnouncements initial={notices.items} headingId="announcements-title" />
      </HomeSection>
      <HomeSection id="units-title" title={t("units")}>
        {home.units.length === 0 ? (
          <EmptyState icon={<House />} title={t("noUnitTitle")} description={t("noUnitBody")} />
        ) : (
          <ul className="grid gap-3 sm:grid-cols-2">
            {home.units.map((u) => (
              <li key={u.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                <p className="font-semibold text-slate-900">{t("unitName", { number: u.number })}</p>
                <p className="text-slate-600 text-sm">
                  {t("unitDetails", { floor: u.floor, capacity: u.capacity })}
                </p>
                <div className="mt-2 flex gap-2">
                  <Badge tone={u.status === "active" ? "success" : "warning"}>{unitStatus(u.status)}</Badge>
                  {u.rentable ? <Badge tone="brand">{t("shortStays")}</Badge> : null}
                </div>
              </li>
            ))}
          </ul>
        )}
      </HomeSection>
      <HomeSection id="stays-title" title={t("upcoming")}>
        <StaysTable caption={t("upcomingCaption")} rows={home.upcomingStays} empty={t("upcomingEmpty")} />
      </HomeSection>
      <HomeSection id="tickets-title" title={t("requests")}>
        {home.recentTickets.length === 0 ? (
          <p className="text-slate-600 text-sm">{t("requestsEmpty")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {home.recentTickets.map((ticket) => (
              <li key={ticket.id} className="flex items-center justify-between gap-3 p-3">
                <span className="text-slate-900">{ticket.title}</span>
                <Badge tone={ticket.status === "resolved" || ticket.status === "closed" ? "neutral" : "info"}>
                  {ticketStatus(ticket.status)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
      </HomeSection>
    </div>
  );
});
