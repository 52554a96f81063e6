import Link from "next/link";
import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { CircleCheck } from "@/components/ui/server-icons";
import { type BookableUnit, BookingForm } from "./booking-form";

/**
 * The "Book a stay" page for residents (their units) and managers (any unit of the building): the header with
 * the way back, then the booking form, or a notice when no unit can be booked.
 */
export function NewStayView({
  who,
  units,
  today,
  defaultUnitId,
}: {
  who: "resident" | "manager";
  units: BookableUnit[];
  today: string;
  defaultUnitId?: string;
}) {
  const t = useTranslations("reservations.book");
  const resident = who === "resident";
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeader
        eyebrow={
          <Link href={resident ? "/resident/stays" : "/staff/reservations"}>
            {resident ? t("back") : t("backStaff")}
          </Link>
        }
        title={t("title")}
        description={resident ? t("description") : t("descriptionManager")}
      />
      {units.length === 0 ? (
        resident ? (
          <EmptyState title={t("noUnits")} description={t("noUnitsBody")} />
        ) : (
          <EmptyState title={t("noUnitsBuilding")} />
        )
      ) : (
        <div className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6">
          <BookingForm
            units={units}
            today={today}
            defaultUnitId={defaultUnitId}
            stayHrefBase={resident ? undefined : "/staff/reservations"}
            confirmIcon={<CircleCheck aria-hidden="true" />}
          />
        </div>
      )}
    </div>
  );
}
