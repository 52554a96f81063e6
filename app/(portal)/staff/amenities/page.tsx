import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AmenitySchedule } from "@/components/amenities/amenity-schedule";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { PageHeader } from "@/components/ui/page-header";
import { listBookings } from "@/server/services/amenities/list-amenity-bookings";
import { listDeviceUnits } from "@/server/services/devices/list-device-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("amenities.schedule"))("metaTitle") };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Staff and managers: the amenity bookings of a day (today unless another day is chosen). */
export default rolePage(
  ["staff", "manager"],
  async function AmenitySchedulePage(
    actor,
    { searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> },
  ) {
    const raw = (await searchParams).date;
    const wanted = Array.isArray(raw) ? raw[0] : raw;
    const [t, schedule, units] = await Promise.all([
      getTranslations("amenities.schedule"),
      listBookings(actor, { date: wanted && DATE.test(wanted) ? wanted : undefined, limit: 200 }),
      listDeviceUnits(actor),
    ]);
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("description")} />
        <form method="get" className="flex items-end gap-3">
          <div className="space-y-1">
            <Label htmlFor="date">{t("date")}</Label>
            <Input id="date" name="date" type="date" defaultValue={schedule.date} />
          </div>
          <Button type="submit" variant="secondary">
            {t("show")}
          </Button>
        </form>
        <AmenitySchedule
          bookings={schedule.items}
          unitNumbers={Object.fromEntries(units.map((u) => [u.id, u.number]))}
        />
      </div>
    );
  },
);
