import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { MissionDetail } from "@/components/missions/mission-detail";
import { getMission } from "@/server/services/missions/get-mission";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("detailMetaTitle") };
}

export default rolePage(
  ["resident"],
  async function ResidentMissionPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const mission = await readOr404((await params).id, (id) => getMission(actor, id));
    return (
      <MissionDetail
        mission={mission}
        backHref="/resident/missions"
        ticketHrefBase="/resident/tickets"
        canDecide={false}
      />
    );
  },
);
