import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { readOr404 } from "@/app/(portal)/_gate/detail-loader";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { MissionDetail } from "@/components/missions/mission-detail";
import { can } from "@/lib/permissions";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getMission } from "@/server/services/missions/get-mission";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("detailMetaTitle") };
}

export default rolePage(
  ["staff", "manager"],
  async function StaffMissionPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const mission = await readOr404((await params).id, (id) => getMission(actor, id));
    return (
      <MissionDetail
        mission={mission}
        backHref="/staff/missions"
        ticketHrefBase="/staff/tickets"
        // with missions switched off nothing can be approved (declining would still work, but one button alone misleads)
        canDecide={can(actor, "mission.approve") && (await featureEnabled(actor.buildingId, "missions"))}
      />
    );
  },
);
