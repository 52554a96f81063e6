import { Megaphone } from "lucide-react";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AnnouncementsBoard } from "@/components/announcements/announcements-board";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listAnnouncements } from "@/server/services/announcements/list-announcements";
import { mayPostAnnouncements } from "@/server/services/announcements/may-post";
import { queryEvery } from "@/server/services/shared/query-every";
import { listUnits } from "@/server/services/units/list-units";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements"))("metaTitle") };
}

/**
 * Staff post announcements here where the building allows it (`features.staffAnnouncements`); otherwise the
 * page says who may. The service checks again on every post.
 */
export default rolePage(["staff", "manager"], async function StaffAnnouncementsPage(actor) {
  const [allowed, t, ts] = await Promise.all([
    mayPostAnnouncements(actor),
    getTranslations("announcements"),
    getTranslations("announcementReceipts"),
  ]);
  if (!allowed) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <EmptyState icon={<Megaphone />} title={ts("staffOffTitle")} description={ts("staffOffBody")} />
      </div>
    );
  }
  const [posted, units] = await Promise.all([
    listAnnouncements(actor, { limit: 50 }),
    queryEvery((p) => listUnits(actor, p), 2000),
  ]);
  return <AnnouncementsBoard units={units} posted={posted.items} />;
});
