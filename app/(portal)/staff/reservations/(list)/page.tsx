import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { SesExportForm } from "@/components/guest-stay/ses-export-form";
import { HomeSection } from "@/components/home/section";
import { ReservationFilters } from "@/components/reservations/reservation-filters";
import { ReservationTable } from "@/components/reservations/reservation-table";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listReservationsQuerySchema } from "@/lib/domain/reservation-api";
import { addDays, todayIn } from "@/lib/domain/stay-dates";
import { getBuilding } from "@/server/services/building/get-building";
import { listReservations } from "@/server/services/reservations/list-reservations";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.staff"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

/** Every stay of the building with filters, and today's arrivals and departures (building time zone). */
export default rolePage(
  ["staff", "manager"],
  async function StaffReservationsPage(actor, { searchParams }: Props) {
    const raw = await searchParams;
    const clean = Object.fromEntries(Object.entries(raw).filter(([, v]) => v));
    const parsed = listReservationsQuerySchema.safeParse({ ...clean, limit: 200 });
    const q = parsed.success ? parsed.data : listReservationsQuerySchema.parse({ limit: 200 });
    const building = await getBuilding(actor);
    const today = todayIn(building.timezone);
    const [units, all, arrivals, departures, t, tr] = await Promise.all([
      listUnits(actor, { limit: 200 }),
      listReservations(actor, q),
      listReservations(actor, { limit: 100, arrivingOn: today }),
      listReservations(actor, { limit: 100, departingOn: today }),
      getTranslations("reservations.staff"),
      getTranslations("guestRegistration.export"),
    ]);
    const numberOf = new Map(units.items.map((u) => [u.id, u.number]));
    const rows = (items: typeof all.items) =>
      items.map((r) => ({ ...r, unitNumber: numberOf.get(r.unitId) ?? "" }));
    const href = "/staff/reservations";
    return (
      <div className="space-y-8">
        <PageHeader
          title={t("title")}
          description={t("description")}
          actions={
            actor.role === "manager" ? (
              <LinkButton href="/staff/reservations/new">{t("book")}</LinkButton>
            ) : null
          }
        />
        <div className="grid gap-6 lg:grid-cols-2">
          <HomeSection id="arrivals-title" title={t("arrivals")}>
            <ReservationTable
              caption={t("arrivals")}
              rows={rows(arrivals.items)}
              empty={t("arrivalsEmpty")}
              hrefBase={href}
            />
          </HomeSection>
          <HomeSection id="departures-title" title={t("departures")}>
            <ReservationTable
              caption={t("departures")}
              rows={rows(departures.items)}
              empty={t("departuresEmpty")}
              hrefBase={href}
            />
          </HomeSection>
        </div>
        {building.config.guestRegistration.country === "ES" ? (
          <HomeSection id="ses-export-title" title={tr("title")}>
            <SesExportForm from={addDays(today, -1)} to={today} />
          </HomeSection>
        ) : null}
        <HomeSection id="all-title" title={t("all")}>
          <ReservationFilters
            units={units.items.map((u) => ({ id: u.id, number: u.number }))}
            values={{ status: q.status, unitId: q.unitId, from: q.from, to: q.to }}
          />
          <ReservationTable
            caption={t("all")}
            rows={rows([...all.items].sort((a, b) => b.checkIn.localeCompare(a.checkIn)))}
            empty={t("allEmpty")}
            hrefBase={href}
          />
        </HomeSection>
      </div>
    );
  },
);
