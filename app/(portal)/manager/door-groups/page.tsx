import { DoorClosed } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { DoorGroupForm } from "@/components/amenity-admin/door-group-form";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LinkButton } from "@/components/ui/link-button";
import { PageHeader } from "@/components/ui/page-header";
import { listBuildingDoorGroups } from "@/server/services/door-groups/list-door-groups";
import { listLockOptions } from "@/server/services/door-groups/list-lock-options";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("amenityAdmin.groups"))("metaTitle") };
}

/** Managers group locks into zones (lobby, garage, gym) and say which zones stay codes open. */
export default rolePage(["manager"], async function DoorGroupsPage(actor) {
  const [t, groups, locks] = await Promise.all([
    getTranslations("amenityAdmin.groups"),
    listBuildingDoorGroups(actor),
    listLockOptions(actor),
  ]);
  const lockName = new Map(locks.map((l) => [l.id, l.name]));
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description")}
        actions={
          <LinkButton href="/manager/amenities" variant="secondary">
            {t("amenitiesLink")}
          </LinkButton>
        }
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="groups-list" className="space-y-3">
          <h2 id="groups-list" className="font-semibold text-lg text-slate-900">
            {t("listTitle")}
          </h2>
          {groups.items.length === 0 ? (
            <EmptyState
              icon={<DoorClosed />}
              title={t("emptyTitle")}
              description={t("emptyBody")}
              headingLevel={3}
            />
          ) : (
            <ul className="space-y-3">
              {groups.items.map((g) => (
                <li key={g.id} className="rounded-lg border border-slate-200 bg-white">
                  <details>
                    <summary className="flex min-h-11 cursor-pointer flex-wrap items-center justify-between gap-2 px-4 py-3">
                      <span className="font-medium text-slate-900">{g.name}</span>
                      <span className="text-slate-600 text-sm">
                        {g.deviceIds.map((d) => lockName.get(d) ?? d).join(", ")}
                        {g.forStays ? ` · ${t("forStaysBadge")}` : ""}
                      </span>
                    </summary>
                    <div className="border-slate-200 border-t p-4">
                      <DoorGroupForm group={g} locks={locks} />
                    </div>
                  </details>
                </li>
              ))}
            </ul>
          )}
        </section>
        <Card>
          <CardHeader>
            <CardTitle>{t("newTitle")}</CardTitle>
          </CardHeader>
          <CardContent>
            <DoorGroupForm locks={locks} />
          </CardContent>
        </Card>
      </div>
    </div>
  );
});
