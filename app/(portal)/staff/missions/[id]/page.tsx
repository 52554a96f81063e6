import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { rolePage } from "@/app/(portal)/_gate/role-page";
import { MissionDetail } from "@/components/missions/mission-detail";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { can } from "@/lib/permissions";
import { featureEnabled } from "@/server/services/building/require-feature";
import { getMission } from "@/server/services/missions/get-mission";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("detailMetaTitle") };
}

export default rolePage(
  ["staff", "manager"],
  async function StaffMissionPage(actor, { params }: { params: Promise<{ id: string }> }) {
    const { id } = await params;
    if (!idSchema.safeParse(id).success) notFound();
    const mission = await getMission(actor, id).catch((e) => {
      if (e instanceof AppError && e.code === "not_found") notFound();
      throw e;
    });
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
