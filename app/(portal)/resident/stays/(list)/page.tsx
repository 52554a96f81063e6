import { CalendarPlus } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { HomeSection } from "@/components/home/section";
import { AvailabilityCalendar } from "@/components/reservations/availability-calendar";
import { ReservationTable } from "@/components/reservations/reservation-table";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { availabilityQuerySchema } from "@/lib/domain/reservation-api";
import { getUnitAvailability } from "@/server/services/reservations/get-unit-availability";
import { listReservations } from "@/server/services/reservations/list-reservations";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.resident"))("title") };
}

type Props = { searchParams: Promise<{ month?: string }> };

/** A resident's stays (current, upcoming, past) and a month calendar per unit. */
export default rolePage(["resident"], async function ResidentStaysPage(actor, { searchParams }: Props) {
  const params = await searchParams;
  const [units, stays, t] = await Promise.all([
    listUnits(actor, { limit: 50 }),
    listReservations(actor, { limit: 200 }),
    getTranslations("reservations.resident"),
  ]);
  const month = availabilityQuerySchema.safeParse({ month: params.month }).data?.month;
  const calendars = await Promise.all(
    units.items.map((u) =>
      getUnitAvailability(actor, u.id, month ?? new Date().toISOString().slice(0, 7)).catch(() => null),
    ),
  );
  const today = calendars.find(Boolean)?.today ?? new Date().toISOString().slice(0, 10);
  const numberOf = new Map(units.items.map((u) => [u.id, u.number]));
  const rows = stays.items.map((r) => ({ ...r, unitNumber: numberOf.get(r.unitId) ?? "" }));
  const live = rows.filter((r) => r.status !== "cancelled");
  const current = live.filter((r) => r.checkIn <= today && r.checkOut > today);
  const upcoming = live.filter((r) => r.checkIn > today).sort((a, b) => a.checkIn.localeCompare(b.checkIn));
  const past = rows
    .filter((r) => r.status === "cancelled" || r.checkOut <= today)
    .sort((a, b) => b.checkIn.localeCompare(a.checkIn));

  return (
    <div className="space-y-8">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          units.items.some((u) => u.rentable) ? (
            <LinkButton href="/resident/stays/new" icon={CalendarPlus}>
              {t("book")}
            </LinkButton>
          ) : null
        }
      />
      <HomeSection id="current-title" title={t("current")}>
        <ReservationTable
          caption={t("current")}
          rows={current}
          empty={t("currentEmpty")}
          hrefBase="/resident/stays"
        />
      </HomeSection>
      <HomeSection id="upcoming-title" title={t("upcoming")}>
        <ReservationTable
          caption={t("upcoming")}
          rows={upcoming}
          empty={t("upcomingEmpty")}
          hrefBase="/resident/stays"
        />
      </HomeSection>
      <HomeSection id="past-title" title={t("past")}>
        <ReservationTable caption={t("past")} rows={past} empty={t("pastEmpty")} hrefBase="/resident/stays" />
      </HomeSection>
      <HomeSection id="calendar-title" title={t("calendars")}>
        {units.items.length === 0 ? (
          <EmptyState title={t("noUnits")} headingLevel={3} />
        ) : (
          <div className="grid gap-6 lg:grid-cols-2">
            {calendars.map((c) =>
              c ? (
                <div key={c.unitId} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                  <AvailabilityCalendar
                    data={c}
                    hrefFor={(m) => `/resident/stays?month=${m}#calendar-title`}
                  />
                </div>
              ) : null,
            )}
          </div>
        )}
      </HomeSection>
    </div>
  );
});
