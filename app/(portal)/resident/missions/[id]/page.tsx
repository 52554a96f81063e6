import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MissionDetail } from "@/components/missions/mission-detail";
import { idSchema } from "@/lib/domain/common";
import { AppError } from "@/lib/errors";
import { pageActor } from "@/server/auth/page-guard";
import { getMission } from "@/server/services/missions/get-mission";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("detailMetaTitle") };
}

export default async function ResidentMissionPage({ params }: { params: Promise<{ id: string }> }) {
  const { actor } = await pageActor(["resident"]);
  const { id } = await params;
  if (!idSchema.safeParse(id).success) notFound();
  const mission = await getMission(actor, id).catch((e) => {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  });
  return (
    <MissionDetail
      mission={mission}
      backHref="/resident/missions"
      ticketHrefBase="/resident/tickets"
      canDecide={false}
    />
  );
}
