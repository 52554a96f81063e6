import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AnnouncementForm } from "@/components/announcements/announcement-form";
import { PostedAnnouncements } from "@/components/announcements/posted-announcements";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { listAnnouncements } from "@/server/services/announcements/list-announcements";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements"))("metaTitle") };
}

/** Post to the building, floors, units, residents or guests; see who has read and acknowledged each. */
export default rolePage(["manager"], async function AnnouncementsPage(actor) {
  const [posted, units, t] = await Promise.all([
    listAnnouncements(actor, { limit: 50 }),
    listUnitsForManager(actor),
    getTranslations("announcements"),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("description")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card>
          <CardHeader>
            <CardTitle>{t("form.title")}</CardTitle>
          </CardHeader>
          <CardContent>
            <AnnouncementForm units={units.map((u) => ({ id: u.id, number: u.number, floor: u.floor }))} />
          </CardContent>
        </Card>
        <section aria-labelledby="posted-title" className="space-y-3">
          <h2 id="posted-title" className="font-semibold text-lg text-slate-900">
            {t("list.title")}
          </h2>
          <PostedAnnouncements items={posted.items} receiptsHref={(id) => `/manager/announcements/${id}`} />
        </section>
      </div>
    </div>
  );
});
