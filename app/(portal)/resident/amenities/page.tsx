import { CalendarClock } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AmenityDay, AmenityPicker } from "@/components/amenities/amenity-day";
import { MyBookings } from "@/components/amenities/my-bookings";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { todayIn } from "@/lib/domain/stay-dates";
import { getAmenityDay, listBuildingAmenities } from "@/server/services/amenities/list-amenities";
import { listBookings } from "@/server/services/amenities/list-amenity-bookings";
import { getBuilding } from "@/server/services/building/get-building";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("amenities"))("metaTitle") };
}

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A resident books the building's amenities: pick one and a day, book a free slot, see and cancel their bookings. */
export default rolePage(
  ["resident"],
  async function ResidentAmenitiesPage(
    actor,
    { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
  ) {
    const params = await searchParams;
    const [t, building, { items: amenities }, mine] = await Promise.all([
      getTranslations("amenities"),
      getBuilding(actor),
      listBuildingAmenities(actor),
      listBookings(actor, { limit: 50 }),
    ]);
    const today = todayIn(building.timezone);
    const wanted = one(params.date);
    const date = wanted && DATE.test(wanted) && wanted >= today ? wanted : today;
    const amenity = amenities.find((a) => a.id === one(params.amenity)) ?? amenities[0];
    const day = amenity ? await getAmenityDay(actor, amenity.id, date) : null;
    const now = Date.now();
    return (
      <div className="space-y-8">
        <PageHeader title={t("title")} description={t("description")} />
        {amenity && day ? (
          <>
            <AmenityPicker amenities={amenities} amenityId={amenity.id} date={date} />
            <AmenityDay amenity={amenity} date={date} slots={day.slots} now={now} />
          </>
        ) : (
          <EmptyState icon={<CalendarClock />} title={t("emptyTitle")} description={t("emptyBody")} />
        )}
        <MyBookings bookings={mine.items} now={now} />
      </div>
    );
  },
);
