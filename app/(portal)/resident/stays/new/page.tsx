import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NotAllowed } from "@/components/portal/not-allowed";
import { type BookableUnit, BookingForm } from "@/components/reservations/booking-form";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";
import { getUnitAvailability } from "@/server/services/get-unit-availability";
import { listUnitsForActor } from "@/server/services/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reservations.book"))("title") };
}

type Props = { searchParams: Promise<{ unit?: string }> };

/** Book a stay in one of the resident's rentable units; the rules and rates come from availability. */
export default async function NewStayPage({ searchParams }: Props) {
  const { actor, allowed } = await pageActor(["resident"]);
  if (!allowed) return <NotAllowed role={actor.role} />;
  const params = await searchParams;
  const t = await getTranslations("reservations.book");
  const units = (await listUnitsForActor(actor, { limit: 50 })).items.filter((u) => u.rentable);
  const month = new Date().toISOString().slice(0, 7);
  const found = await Promise.all(
    units.map((u) => getUnitAvailability(actor, u.id, month).catch(() => null)),
  );
  const bookable: BookableUnit[] = found.flatMap((a) =>
    a
      ? [
          {
            id: a.unitId,
            number: a.unit.number,
            maxGuests: a.rules.maxGuests,
            minNights: a.rules.minNights,
            maxNights: a.rules.maxNights,
            rate: a.nightlyRate,
          },
        ]
      : [],
  );
  const today = found.find(Boolean)?.today ?? new Date().toISOString().slice(0, 10);
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={<Link href="/resident/stays">{t("back")}</Link>}
        title={t("title")}
        description={t("description")}
      />
      {bookable.length === 0 ? (
        <EmptyState title={t("noUnits")} description={t("noUnitsBody")} />
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <BookingForm units={bookable} today={today} defaultUnitId={params.unit} />
        </div>
      )}
    </div>
  );
}
