import { CalendarClock } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AmenityForm } from "@/components/amenity-admin/amenity-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listBuildingAmenities } from "@/server/services/amenities/list-amenities";
import { getBuilding } from "@/server/services/building/get-building";
import { listBuildingDoorGroups } from "@/server/services/door-groups/list-door-groups";
import { listLockOptions } from "@/server/services/door-groups/list-lock-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("amenityAdmin"))("metaTitle") };
}

/** Managers define amenities and edit each one in place (its form opens under its summary). */
export default rolePage(["manager"], async function ManagerAmenitiesPage(actor) {
  const [t, amenities, groups, locks, building] = await Promise.all([
    getTranslations("amenityAdmin"),
    listBuildingAmenities(actor),
    listBuildingDoorGroups(actor),
    listLockOptions(actor),
    getBuilding(actor),
  ]);
  const groupOptions = groups.items.map((g) => ({ id: g.id, name: g.name }));
  const currency = building.currency ?? "USD";
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <LinkButton href="/manager/door-groups" variant="secondary">
            {t("doorGroupsLink")}
          </LinkButton>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="amenities-list" className="space-y-3">
          <h2 id="amenities-list" className="font-semibold text-lg text-slate-900">
            {t("listTitle")}
          </h2>
          {amenities.items.length === 0 ? (
            <EmptyState
              icon={<CalendarClock />}
              title={t("emptyTitle")}
              description={t("emptyBody")}
              headingLevel={3}
            />
          ) : (
            <ul className="space-y-3">
              {amenities.items.map((a) => (
                <li key={a.id} className="rounded-lg border border-slate-200 bg-white">
                  <details>
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-3">
                      <span className="font-medium text-slate-900">{a.name}</span>
                      <span className="text-slate-600 text-sm">
                        {t("summary", {
                          from: a.openFrom,
                          until: a.openUntil,
                          minutes: a.slotMinutes,
                          capacity: a.capacity,
                        })}
                      </span>
                    </summary>
                    <div className="border-slate-200 border-t p-4">
                      <AmenityForm amenity={a} locks={locks} groups={groupOptions} currency={currency} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
        <Card>
          <CardHeader>
            <CardTitle>{t("form.newTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AmenityForm locks={locks} groups={groupOptions} currency={currency} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
});
