import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { LiveMissionList } from "@/components/missions/live-mission-list";
import { PageHeader } from "@/components/ui/page-header";
import { pageActor } from "@/server/auth/page-guard";
import { listMissions } from "@/server/services/missions/list-missions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("missions"))("metaTitle") };
}

/** The resident's own requests that the concierge turned into missions, kept current by the live stream. */
export default async function ResidentMissionsPage() {
  const { actor } = await pageActor(["resident"]);
  const [t, page] = await Promise.all([getTranslations("missions"), listMissions(actor, { limit: 50 })]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("residentDescription")} />
      <LiveMissionList initial={page.items} hrefBase="/resident/missions" />
    </div>
  );
}
