import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { AnnouncementsBoard } from "@/components/announcements/announcements-board";
import { listAnnouncements } from "@/server/services/announcements/list-announcements";
import { listUnitsForManager } from "@/server/services/units/list-units-for-manager";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("announcements"))("metaTitle") };
}

/** Post to the building, floors, units, residents or guests; see who has read and acknowledged each. */
export default rolePage(["manager"], async function AnnouncementsPage(actor) {
  const [posted, units] = await Promise.all([
    listAnnouncements(actor, { limit: 50 }),
    listUnitsForManager(actor),
  ]);
  return (
    <AnnouncementsBoard
      units={units}
      posted={posted.items}
      receiptsHref={(id) => `/manager/announcements/${id}`}
    />
  );
});
